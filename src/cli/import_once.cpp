#include "cli/import_once.hpp"

#include <unistd.h>
#include <algorithm>
#include <cstdlib>
#include <netgap/analyse/combine.hpp>
#include <netgap/read/reader.hpp>
#include <netgap/util/error.hpp>
#include <netgap/util/input.hpp>

namespace netgap::cli {
namespace {

/// A temporary file, unlinked at once: it disappears with the process, however it ends.
std::fstream anonymous_file() {
  const char* dir = std::getenv("TMPDIR");
  std::string path = std::string(dir != nullptr && *dir != '\0' ? dir : "/tmp") + "/netgap-import-XXXXXX";
  const int fd = ::mkstemp(path.data());
  if (fd < 0) throw Error("cannot make a temporary file in " + path.substr(0, path.rfind('/')));
  std::fstream file(path, std::ios::in | std::ios::out | std::ios::trunc | std::ios::binary);
  ::unlink(path.c_str());
  ::close(fd);
  if (!file) throw Error("cannot open a temporary file in " + path.substr(0, path.rfind('/')));
  return file;
}

/// The second pass: each record as first written, with what was held for it folded in.
class Folder final : public RosterVisitor {
 public:
  Folder(std::ostream& out, const std::vector<std::pair<std::size_t, Contact>>& held,
         const std::vector<std::string>& suffixes)
      : out_(out), held_(held), suffixes_(suffixes) {}
  void on_owner(const Owner* owner) override { writer_.emplace(out_, owner); }
  void on_contact(const Contact& contact) override {
    const Contact* out = &contact;  // copied only when a held record is folded in
    for (; next_ < held_.size() && held_[next_].first == contact.index; ++next_) {
      if (out != &copy_) out = &(copy_ = contact);
      const Contact& record = held_[next_].second;
      const auto confirmed = match_contacts(copy_, record, suffixes_);
      if (confirmed && is_certain(*confirmed)) {
        combine_records(copy_, record, suffixes_);
      } else {
        apart_.push_back(next_);  // the key hashes collided: another person, written at the end
      }
    }
    writer_->add(*out);
  }
  /// Closes the roster; returns how many held records turned out to be other people.
  std::size_t finish() {
    for (const std::size_t i : apart_) writer_->add(held_[i].second);
    writer_->finish();
    return apart_.size();
  }

 private:
  std::ostream& out_;
  const std::vector<std::pair<std::size_t, Contact>>& held_;
  const std::vector<std::string>& suffixes_;
  std::optional<RosterWriter> writer_;
  std::size_t next_ = 0;
  std::vector<std::size_t> apart_;
  Contact copy_;
};

}  // namespace

OncePerPerson::OncePerPerson(const Taxonomy& taxonomy, const Owner* owner)
    : taxonomy_(taxonomy), owner_(owner), written_(anonymous_file()), index_(taxonomy.organization_suffixes, true) {}

void OncePerPerson::on_owner(const Owner* owner) {
  if (!writer_) writer_.emplace(written_, owner_ != nullptr ? owner_ : owner);
}

void OncePerPerson::on_contact(const Contact& contact) {
  const auto position = static_cast<std::uint32_t>(fingerprints_.size());
  const auto& found = index_.add(contact, position);
  const std::uint64_t fingerprint = record_fingerprint(contact);
  if (!found.empty() && is_certain(found.front().reason)) {
    ++merged;
    const std::size_t earlier = found.front().position;
    if (fingerprints_[earlier] != fingerprint) held_.emplace_back(earlier, contact);
    return;
  }
  if (!found.empty()) ++kept_apart;
  fingerprints_.push_back(fingerprint);
  writer_->add(contact);  // the writer writes no index: the written order is the position
}

void OncePerPerson::finish(std::ostream& out) {
  if (!writer_) writer_.emplace(written_, owner_);
  writer_->finish();
  written_.flush();
  written_.seekg(0);
  if (held_.empty()) {
    out << written_.rdbuf();
    return;
  }
  std::stable_sort(held_.begin(), held_.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  Folder folder(out, held_, taxonomy_.organization_suffixes);
  const auto source = stream_source(written_, "the import's first pass");
  Diagnostics diagnostics;
  read_contacts(*source, "json", taxonomy_, folder, diagnostics);
  diagnostics.checkpoint();
  merged -= folder.finish();
}

}  // namespace netgap::cli
