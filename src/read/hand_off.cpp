#include "read/hand_off.hpp"

namespace netgap::detail {
namespace {

/// Batches in all: one being filled, one being visited, two waiting between them.
constexpr std::size_t batch_count = 4;

/// A contact's text over this many bytes is freed once visited, so that what a slot keeps for reuse
/// stays small: a few large contacts in a roster do not leave every slot large.
constexpr std::size_t kept_bytes = std::size_t{4} << 10;

/// The bytes of a contact's text, about what a copy of it holds.
std::size_t text_bytes(const Contact& c) {
  std::size_t bytes = 0;
  for (const std::string* s :
       {&c.name, &c.organization, &c.department, &c.role, &c.industry, &c.how_met, &c.email, &c.url, &c.notes}) {
    bytes += s->size();
  }
  for (const auto* list :
       {&c.schools, &c.previous_organizations, &c.categories, &c.lenses, &c.tags, &c.emails, &c.urls}) {
    for (const auto& s : *list) bytes += s.size();
  }
  return bytes + c.activity.size() * sizeof(SourceActivity);
}

/// Frees the large contacts of a visited batch.
void release_large(std::vector<Contact>& contacts, std::size_t size) {
  for (std::size_t i = 0; i < size; ++i) {
    if (text_bytes(contacts[i]) > kept_bytes) contacts[i] = Contact();
  }
}

}  // namespace

HandOff::HandOff(RosterVisitor& target, std::size_t batch_size, std::size_t batch_bytes)
    : target_(target), batch_size_(batch_size), batch_bytes_(batch_bytes) {
  for (std::size_t i = 0; i < batch_count; ++i) {
    batches_.push_back(std::make_unique<Batch>());
    free_.push_back(batches_.back().get());
  }
  filling_ = free_.back();
  free_.pop_back();
}

HandOff::~HandOff() {
  if (!thread_.joinable()) return;
  {
    const std::lock_guard<std::mutex> lock(mutex_);
    stopping_ = true;
    failed_ = true;  // drop what is left: the reader gave up (finish() was not called)
  }
  queued_.notify_one();
  thread_.join();
}

void HandOff::on_owner(const Owner* owner) {
  finish();
  target_.on_owner(owner);
}

void HandOff::on_contact(const Contact& contact) {
  if (filling_->size == filling_->contacts.size()) filling_->contacts.emplace_back();
  filling_->contacts[filling_->size++] = contact;
  filling_->bytes += text_bytes(contact);
  if (filling_->size < batch_size_ && filling_->bytes < batch_bytes_) return;
  if (!thread_.joinable()) start();
  send();
}

void HandOff::finish() {
  if (!thread_.joinable()) {  // never started: visit here
    for (std::size_t i = 0; i < filling_->size; ++i) target_.on_contact(filling_->contacts[i]);
    filling_->size = filling_->bytes = 0;
    return;
  }
  if (filling_->size > 0) send();
  drain();
}

void HandOff::start() {
  thread_ = std::thread([this] { work(); });
}

void HandOff::send() {
  std::unique_lock<std::mutex> lock(mutex_);
  freed_.wait(lock, [this] { return !free_.empty() || failed_; });
  if (failed_) {  // the target threw: nothing more reaches it
    filling_->size = filling_->bytes = 0;
    rethrow_failure();
    return;
  }
  queue_.push_back(filling_);
  filling_ = free_.back();
  free_.pop_back();
  lock.unlock();
  queued_.notify_one();
}

void HandOff::drain() {
  std::unique_lock<std::mutex> lock(mutex_);
  freed_.wait(lock, [this] { return (queue_.empty() && !busy_) || failed_; });
  rethrow_failure();
}

void HandOff::rethrow_failure() {
  if (failure_) {
    std::exception_ptr failure = failure_;
    failure_ = nullptr;  // thrown once
    std::rethrow_exception(failure);
  }
}

void HandOff::work() {
  std::unique_lock<std::mutex> lock(mutex_);
  for (;;) {
    queued_.wait(lock, [this] { return !queue_.empty() || stopping_; });
    if (queue_.empty()) return;
    Batch* batch = queue_.front();
    queue_.pop_front();
    busy_ = true;
    const bool skip = failed_;
    lock.unlock();
    std::exception_ptr failure;
    if (!skip) {
      try {
        for (std::size_t i = 0; i < batch->size; ++i) target_.on_contact(batch->contacts[i]);
      } catch (...) {
        failure = std::current_exception();
      }
    }
    release_large(batch->contacts, batch->size);
    batch->size = batch->bytes = 0;
    lock.lock();
    if (failure) {
      failed_ = true;
      failure_ = failure;
    }
    busy_ = false;
    free_.push_back(batch);
    freed_.notify_one();
  }
}

}  // namespace netgap::detail
