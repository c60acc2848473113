#pragma once
// Reading and visiting on two cores: a RosterVisitor that hands the contacts it is given, in
// batches, to another visitor working on a second thread, so that the next contacts are read while
// the last ones are classified and counted. The target sees the same calls in the same order as
// without it; only when they happen changes.

#include <netgap/model/roster.hpp>

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <exception>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

namespace netgap::detail {

class HandOff final : public RosterVisitor {
 public:
  /// The target must not share state with the reader that calls this visitor: it runs while the
  /// reader goes on (the fast reader writes no diagnostics and holds its own copies). A batch holds
  /// `batch_size` contacts, or fewer when their text passes `batch_bytes` (so that four batches of
  /// large contacts stay small); the second thread starts only when the first batch is full, so
  /// that a small roster is visited on the caller's thread, after it was read.
  explicit HandOff(RosterVisitor& target, std::size_t batch_size = 512, std::size_t batch_bytes = std::size_t{1} << 20);
  HandOff(const HandOff&) = delete;
  HandOff& operator=(const HandOff&) = delete;
  /// Stops the second thread; the contacts it had not visited yet are dropped (call finish()).
  ~HandOff() override;

  /// Waits until the target has visited every contact handed over, then calls it here.
  void on_owner(const Owner* owner) override;
  /// Copies `contact` into the batch being filled; throws the target's exception, if it threw.
  void on_contact(const Contact& contact) override;

  /// Returns once the target has visited every contact handed over; rethrows the first exception
  /// the target threw (the contacts after it are not visited, as when the target is called
  /// directly). Call it also when the reader throws: what the reader read before stays visited.
  void finish();

 private:
  struct Batch {
    std::vector<Contact> contacts;  // the first `size` are filled; the rest keep their capacity
    std::size_t size = 0;
    std::size_t bytes = 0;  // the text of the first `size`
  };

  void start();
  void send();   // queues the batch being filled and takes a free one
  void drain();  // every queued batch visited; the second thread keeps waiting
  void work();   // the second thread
  void rethrow_failure();

  RosterVisitor& target_;
  std::size_t batch_size_;
  std::size_t batch_bytes_;
  std::vector<std::unique_ptr<Batch>> batches_;
  Batch* filling_ = nullptr;

  std::mutex mutex_;
  std::condition_variable queued_;  // the second thread waits for a batch, or for the end
  std::condition_variable freed_;   // the reader waits for a free batch, or for the queue to empty
  std::deque<Batch*> queue_;        // oldest first
  std::vector<Batch*> free_;
  bool busy_ = false;  // the second thread is visiting a batch
  bool stopping_ = false;
  bool failed_ = false;  // the target threw: what comes after it is dropped
  std::exception_ptr failure_;
  std::thread thread_;
};

}  // namespace netgap::detail
