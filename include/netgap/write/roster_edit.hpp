#pragma once
// A roster file changed in place: locked against other netgap writers, every byte netgap does not
// understand kept where it was, written back atomically only when something changed.

#include <cstddef>
#include <functional>
#include <memory>
#include <netgap/model/roster.hpp>
#include <optional>
#include <string>
#include <vector>

namespace netgap {

class Diagnostics;
struct Taxonomy;

/// One read-modify-write of a roster. Holds an exclusive lock on the file (FileLock) from
/// construction to destruction, so that two netgap processes editing it take turns and neither
/// loses the other's change. Fields, keys and top-level members netgap does not know stay in
/// place and in order; changed fields are updated where they are, new ones appended.
class RosterEdit {
 public:
  /// Locks and reads `path` (a roster in netgap's format); problems go to `diagnostics`, which the
  /// caller checks. A missing file with `create` is an empty roster. `on_wait` is called when
  /// another process holds the lock (FileLock). Throws Error for I/O.
  RosterEdit(std::string path, const Taxonomy& taxonomy, bool strict, Diagnostics& diagnostics, bool create = false,
             const std::function<void()>& on_wait = {});
  ~RosterEdit();
  RosterEdit(const RosterEdit&) = delete;
  RosterEdit& operator=(const RosterEdit&) = delete;

  /// The owner, if the roster has one.
  [[nodiscard]] const std::optional<Owner>& owner() const;
  /// The contacts, in roster order (index = position), as changed so far.
  [[nodiscard]] const std::vector<Contact>& contacts() const;

  /// Sets the owner; only the fields that differ are written.
  void set_owner(const Owner& owner);
  /// Replaces contact `index`; only the fields that differ are written, the others (and every
  /// field netgap does not know) stay as they are.
  void update(std::size_t index, const Contact& contact);
  /// Adds a contact at the end.
  void append(const Contact& contact);
  /// Copies onto contact `into` the keys netgap does not know of contact `from` that `into` lacks
  /// (before `from` is removed as its duplicate). Returns `"key": value` of `from` for each key
  /// both have with different values (`into`'s stays): what is lost of `from`, for the caller to say.
  std::vector<std::string> absorb_unknown(std::size_t into, std::size_t from);
  /// Removes contact `index` (the ones after it move up).
  void remove(std::size_t index);

  /// Throws Error now when a change could not be saved: a repeated key or an inexact number a
  /// rewrite would change, a read-only file. For commands that ask before they change (label).
  void check_rewritable() const;

  /// True when anything differs from the file as read.
  [[nodiscard]] bool changed() const;
  /// The roster as it would be written.
  [[nodiscard]] std::string text() const;
  /// Writes the roster if it changed: atomically, keeping the file's mode and links, and the
  /// content it replaces as `path + backup_suffix` (no backup when the suffix is empty). Returns
  /// whether it wrote. The lock is held until the object is destroyed.
  bool save(const std::string& backup_suffix = ".bak");

  /// The path as given.
  [[nodiscard]] const std::string& path() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace netgap
