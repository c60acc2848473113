#include "read/vcard_lines.hpp"

#include <netgap/util/input.hpp>

namespace netgap::detail::vcard {

Lines::Lines(BufferedInput& input) : input_(input) {}

bool Lines::next(LogicalLine& out) {
  if (!has_next_ && !read_physical(next_)) return false;
  out.text.swap(next_);
  out.folds.clear();
  out.line = physical_lines_;
  has_next_ = false;
  while (read_physical(next_)) {
    if (next_.empty() || (next_[0] != ' ' && next_[0] != '\t')) {
      has_next_ = true;
      break;
    }
    if (next_.size() > 1) {
      out.folds.push_back(out.text.size());
      out.text.append(next_, 1, std::string::npos);
    }
  }
  return true;
}

const std::string* Lines::peek() {
  if (!has_next_) has_next_ = read_physical(next_);
  return has_next_ ? &next_ : nullptr;
}

bool Lines::read_physical(std::string& line) {
  line.clear();
  while (!input_.at_end()) {
    const std::string_view chunk = input_.available();
    std::size_t end = 0;
    while (end < chunk.size() && chunk[end] != '\r' && chunk[end] != '\n') ++end;
    line.append(chunk.data(), end);
    if (end == chunk.size()) {
      input_.consume(end);
      continue;
    }
    const char first = chunk[end];
    input_.consume(end + 1);
    skip_line_end(first);
    ++physical_lines_;
    return true;
  }
  if (line.empty()) return false;  // the input ended with a line end
  ++physical_lines_;
  return true;
}

void Lines::skip_line_end(char first) {
  if (first != '\r') return;
  while (!input_.at_end() && input_.peek() == '\r') input_.next();
  if (!input_.at_end() && input_.peek() == '\n') input_.next();
}

}  // namespace netgap::detail::vcard
