#pragma once
// A bounded memory of values computed from texts (header only).

#include <cstddef>
#include <deque>
#include <string>
#include <string_view>
#include <unordered_map>

namespace netgap {

/// Remembers one value per text, up to a bound. Real rosters repeat their organisations, roles,
/// departments and schools, so most contacts are classified from memory; memory stays bounded.
template <typename Value>
class Memo {
 public:
  template <typename Compute>
  Value get(std::string_view key, Compute compute) {
    if (const auto it = values_.find(key); it != values_.end()) return it->second;
    if (values_.size() >= limit) {
      values_.clear();
      keys_.clear();
    }
    const Value value = compute(key);
    keys_.emplace_back(key);
    values_.emplace(keys_.back(), value);
    return value;
  }

 private:
  static constexpr std::size_t limit = 4096;
  std::deque<std::string> keys_;  // stable storage for the views in values_
  std::unordered_map<std::string_view, Value> values_;
};

}  // namespace netgap
