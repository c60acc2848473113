#include <netgap/util/key_index.hpp>

#include <functional>

namespace netgap {
namespace {

/// splitmix64's finaliser: spreads every bit of the hash over the low bits a slot is taken from.
std::uint64_t mix(std::uint64_t x) {
  x ^= x >> 30;
  x *= 0xBF58476D1CE4E5B9ULL;
  x ^= x >> 27;
  x *= 0x94D049BB133111EBULL;
  return x ^ (x >> 31);
}

std::uint64_t stored(std::uint64_t hash) { return hash == 0 ? 1 : hash; }

}  // namespace

std::uint64_t hash_text(std::string_view text) { return std::hash<std::string_view>{}(text); }

std::size_t KeyIndex::slot_of(std::uint64_t hash) const { return mix(hash) & (hashes_.size() - 1); }

std::uint32_t KeyIndex::find(std::uint64_t hash) const {
  if (hashes_.empty()) return none;
  hash = stored(hash);
  for (std::size_t slot = slot_of(hash);; slot = (slot + 1) & (hashes_.size() - 1)) {
    if (hashes_[slot] == 0) return none;
    if (hashes_[slot] == hash) return with_values_ ? values_[slot] : 0;
  }
}

std::uint32_t KeyIndex::insert(std::uint64_t hash, std::uint32_t value) {
  if ((size_ + 1) * 4 > hashes_.size() * 3) grow();
  hash = stored(hash);
  std::size_t slot = slot_of(hash);
  for (; hashes_[slot] != 0; slot = (slot + 1) & (hashes_.size() - 1)) {
    if (hashes_[slot] == hash) return with_values_ ? values_[slot] : 0;
  }
  hashes_[slot] = hash;
  if (with_values_) values_[slot] = value;
  ++size_;
  return with_values_ ? value : 0;
}

std::size_t KeyIndex::bytes() const {
  return hashes_.capacity() * sizeof(std::uint64_t) + values_.capacity() * sizeof(std::uint32_t);
}

void KeyIndex::grow() {
  std::vector<std::uint64_t> old_hashes(hashes_.empty() ? 64 : hashes_.size() * 2, 0);
  std::vector<std::uint32_t> old_values(with_values_ ? old_hashes.size() : 0, 0);
  old_hashes.swap(hashes_);  // hashes_ is now the larger table, empty; old_hashes what was in it
  old_values.swap(values_);
  for (std::size_t i = 0; i < old_hashes.size(); ++i) {
    if (old_hashes[i] == 0) continue;
    std::size_t slot = slot_of(old_hashes[i]);
    while (hashes_[slot] != 0) slot = (slot + 1) & (hashes_.size() - 1);
    hashes_[slot] = old_hashes[i];
    if (with_values_) values_[slot] = old_values[i];
  }
}

}  // namespace netgap
