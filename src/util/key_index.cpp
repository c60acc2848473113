#include <netgap/util/key_index.hpp>

#include <sys/mman.h>
#include <unistd.h>
#include <functional>
#include <new>
#include <utility>

namespace netgap {
namespace {

/// splitmix64's finaliser: spreads every bit of the hash over the high bits a slot is taken from.
std::uint64_t mix(std::uint64_t x) {
  x ^= x >> 30;
  x *= 0xBF58476D1CE4E5B9ULL;
  x ^= x >> 27;
  x *= 0x94D049BB133111EBULL;
  return x ^ (x >> 31);
}

std::uint64_t stored(std::uint64_t hash) { return hash == 0 ? 1 : hash; }

constexpr std::size_t first_slots = 64;

}  // namespace

std::uint64_t hash_text(std::string_view text) { return std::hash<std::string_view>{}(text); }

KeyIndex::Pages::Pages(std::size_t bytes) : bytes_(bytes) {
  data_ = ::mmap(nullptr, bytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  if (data_ == MAP_FAILED) {
    data_ = nullptr;
    throw std::bad_alloc();
  }
}

KeyIndex::Pages::Pages(Pages&& other) noexcept
    : data_(std::exchange(other.data_, nullptr)), bytes_(std::exchange(other.bytes_, 0)) {}

KeyIndex::Pages& KeyIndex::Pages::operator=(Pages&& other) noexcept {
  std::swap(data_, other.data_);
  std::swap(bytes_, other.bytes_);
  return *this;
}

KeyIndex::Pages::~Pages() {
  if (data_ != nullptr) ::munmap(data_, bytes_);
}

void KeyIndex::Pages::release(std::size_t from, std::size_t to) {
  static const auto page = static_cast<std::size_t>(::sysconf(_SC_PAGESIZE));
  from = (from + page - 1) / page * page;
  to = to / page * page;
  if (from < to) ::madvise(static_cast<char*>(data_) + from, to - from, MADV_DONTNEED);
}

void KeyIndex::swap(KeyIndex& other) noexcept {
  std::swap(with_values_, other.with_values_);
  std::swap(hash_pages_, other.hash_pages_);
  std::swap(value_pages_, other.value_pages_);
  std::swap(slots_, other.slots_);
  std::swap(shift_, other.shift_);
  std::swap(size_, other.size_);
}

std::size_t KeyIndex::slot_of(std::uint64_t stored_hash) const {
  return static_cast<std::size_t>(mix(stored_hash) >> shift_);
}

std::size_t KeyIndex::probe(std::uint64_t stored_hash) const {
  const std::uint64_t* table = hashes();
  std::size_t slot = slot_of(stored_hash);
  while (table[slot] != 0 && table[slot] != stored_hash) slot = (slot + 1) & (slots_ - 1);
  return slot;
}

std::uint32_t KeyIndex::find(std::uint64_t hash) const {
  if (slots_ == 0) return none;
  const std::size_t slot = probe(stored(hash));
  if (hashes()[slot] == 0) return none;
  return with_values_ ? values()[slot] : 0;
}

std::uint32_t KeyIndex::insert(std::uint64_t hash, std::uint32_t value) {
  if ((size_ + 1) * 4 > slots_ * 3) grow();
  hash = stored(hash);
  const std::size_t slot = probe(hash);
  if (hashes()[slot] == hash) return with_values_ ? values()[slot] : 0;
  hashes()[slot] = hash;
  if (with_values_) values()[slot] = value;
  ++size_;
  return with_values_ ? value : 0;
}

std::size_t KeyIndex::bytes() const { return hash_pages_.size() + value_pages_.size(); }

void KeyIndex::grow() {
  const std::size_t old_slots = slots_;
  // Both new tables first: should either allocation fail, the index is as it was.
  Pages new_hashes(2 * std::max(old_slots, first_slots / 2) * sizeof(std::uint64_t));
  Pages new_values = with_values_ ? Pages(new_hashes.size() / 2) : Pages();
  Pages old_hashes = std::exchange(hash_pages_, std::move(new_hashes));
  Pages old_values = std::exchange(value_pages_, std::move(new_values));
  slots_ = hash_pages_.size() / sizeof(std::uint64_t);
  shift_ = 64;
  for (std::size_t n = slots_; n > 1; n /= 2) --shift_;
  const auto* from_hashes = static_cast<const std::uint64_t*>(old_hashes.data());
  const auto* from_values = static_cast<const std::uint32_t*>(old_values.data());
  // In slot order: the new table fills from its start, and what is behind is given back. 16,384
  // slots are 128 KiB of hashes and 64 KiB of values: whole pages of 4, 16 or 64 KiB.
  constexpr std::size_t batch = 16384;
  for (std::size_t i = 0; i < old_slots; ++i) {
    if (from_hashes[i] != 0) {
      const std::size_t slot = probe(from_hashes[i]);
      hashes()[slot] = from_hashes[i];
      if (with_values_) values()[slot] = from_values[i];
    }
    if ((i + 1) % batch == 0) {
      old_hashes.release((i + 1 - batch) * sizeof(std::uint64_t), (i + 1) * sizeof(std::uint64_t));
      if (with_values_) old_values.release((i + 1 - batch) * sizeof(std::uint32_t), (i + 1) * sizeof(std::uint32_t));
    }
  }
}

}  // namespace netgap
