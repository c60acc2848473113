#pragma once
// A compact table of 64-bit hashes, for indexes that must stay small when a roster has millions of
// contacts: 8 bytes a slot (12 with values), power-of-two sized, at most 3/4 full.

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace netgap {

/// A 64-bit hash of `text`, stable within one run (what a KeyIndex keeps instead of the text).
std::uint64_t hash_text(std::string_view text);

/// A set of 64-bit hashes, each with a 32-bit value when `with_values`; open addressing with
/// linear probing. Two texts whose hashes collide are taken as equal: with n keys the chance of any
/// collision is about n² / 2^65 (1 in 10^7 for a million keys).
///
/// A hash's slot comes from its high bits, so that slots keep their order when the table doubles
/// (slot i goes to 2i or 2i + 1): growing fills the new table from its start while the old one is
/// given back to the system page by page behind it, and the two never take their full size at once.
class KeyIndex {
 public:
  /// What find() returns for a hash that is not there.
  static constexpr std::uint32_t none = 0xFFFFFFFFu;

  explicit KeyIndex(bool with_values = true) : with_values_(with_values) {}
  KeyIndex(const KeyIndex&) = delete;  // a table of millions of slots is not copied by accident
  KeyIndex& operator=(const KeyIndex&) = delete;
  KeyIndex(KeyIndex&& other) noexcept { swap(other); }  // leaves `other` empty, and usable
  KeyIndex& operator=(KeyIndex&& other) noexcept {
    swap(other);
    return *this;
  }
  ~KeyIndex() = default;

  /// The value stored under `hash` (0 without values), or `none`.
  [[nodiscard]] std::uint32_t find(std::uint64_t hash) const;
  /// Stores `value` under `hash` unless the hash is there; returns the value now stored under it.
  std::uint32_t insert(std::uint64_t hash, std::uint32_t value = 0);
  /// Hashes stored.
  [[nodiscard]] std::size_t size() const { return size_; }
  /// Bytes allocated for the table.
  [[nodiscard]] std::size_t bytes() const;

  /// Memory straight from the system (zeroed, touched only where written), given back when freed
  /// or, a range of whole pages at a time, with release().
  class Pages {
   public:
    Pages() = default;
    explicit Pages(std::size_t bytes);
    Pages(Pages&& other) noexcept;
    Pages& operator=(Pages&& other) noexcept;
    Pages(const Pages&) = delete;
    Pages& operator=(const Pages&) = delete;
    ~Pages();
    [[nodiscard]] void* data() const { return data_; }
    [[nodiscard]] std::size_t size() const { return bytes_; }
    /// Gives back the whole pages within bytes [from, to): they read as zeros afterwards.
    void release(std::size_t from, std::size_t to);

   private:
    void* data_ = nullptr;
    std::size_t bytes_ = 0;
  };

 private:
  void swap(KeyIndex& other) noexcept;
  [[nodiscard]] std::size_t slot_of(std::uint64_t stored_hash) const;
  /// The slot where `stored_hash` is, or the empty slot where it belongs.
  [[nodiscard]] std::size_t probe(std::uint64_t stored_hash) const;
  void grow();
  [[nodiscard]] std::uint64_t* hashes() const { return static_cast<std::uint64_t*>(hash_pages_.data()); }
  [[nodiscard]] std::uint32_t* values() const { return static_cast<std::uint32_t*>(value_pages_.data()); }

  bool with_values_ = true;
  Pages hash_pages_;   // slots: 0 is an empty slot (a hash of 0 is stored as 1)
  Pages value_pages_;  // a value a slot, with values
  std::size_t slots_ = 0;
  unsigned shift_ = 64;  // 64 - log2(slots_): a slot is the mixed hash's top bits
  std::size_t size_ = 0;
};

}  // namespace netgap
