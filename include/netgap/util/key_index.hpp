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
class KeyIndex {
 public:
  /// What find() returns for a hash that is not there.
  static constexpr std::uint32_t none = 0xFFFFFFFFu;

  explicit KeyIndex(bool with_values = true) : with_values_(with_values) {}

  /// The value stored under `hash` (0 without values), or `none`.
  [[nodiscard]] std::uint32_t find(std::uint64_t hash) const;
  /// Stores `value` under `hash` unless the hash is there; returns the value now stored under it.
  std::uint32_t insert(std::uint64_t hash, std::uint32_t value = 0);
  /// Hashes stored.
  [[nodiscard]] std::size_t size() const { return size_; }
  /// Bytes allocated for the table.
  [[nodiscard]] std::size_t bytes() const;

 private:
  [[nodiscard]] std::size_t slot_of(std::uint64_t hash) const;
  void grow();

  bool with_values_;
  std::vector<std::uint64_t> hashes_;  // 0: an empty slot (a hash of 0 is stored as 1)
  std::vector<std::uint32_t> values_;
  std::size_t size_ = 0;
};

}  // namespace netgap
