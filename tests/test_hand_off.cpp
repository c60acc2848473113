// The second thread of the JSON roster reader (read/hand_off.*): the target visitor gets every
// call, in order, whole; its exceptions come back to the reader; small rosters start no thread.
#include <catch2/catch.hpp>
#include <netgap/model/roster.hpp>

#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

#include "read/hand_off.hpp"

using netgap::Contact;
using netgap::detail::HandOff;

namespace {

/// Writes down what it is given, and on which thread; throws at the contact named `fail_at`.
struct Recorder final : netgap::RosterVisitor {
  std::vector<std::string> calls;
  std::vector<std::thread::id> threads;
  std::string fail_at;
  void on_owner(const netgap::Owner* owner) override {
    calls.push_back(owner != nullptr ? "owner " + owner->name : "owner none");
    threads.push_back(std::this_thread::get_id());
  }
  void on_contact(const Contact& contact) override {
    if (contact.name == fail_at) throw std::runtime_error("the visitor failed at " + contact.name);
    calls.push_back(contact.name + "|" + contact.organization + "|" + std::to_string(contact.tags.size()) + "|" +
                    std::to_string(contact.index));
    threads.push_back(std::this_thread::get_id());
  }
};

/// What a direct visit gives: the calls the reader makes, written down.
std::vector<std::string> expected(std::size_t count) {
  std::vector<std::string> out{"owner Me"};
  for (std::size_t i = 0; i < count; ++i) {
    out.push_back("p" + std::to_string(i) + "|" + (i % 3 == 0 ? "" : "Org " + std::to_string(i)) + "|" +
                  std::to_string(i % 4) + "|" + std::to_string(i));
  }
  return out;
}

/// Reads `count` contacts into `visitor` as a reader does: one Contact, cleared and refilled.
void read(netgap::RosterVisitor& visitor, std::size_t count) {
  netgap::Owner owner;
  owner.name = "Me";
  visitor.on_owner(&owner);
  Contact contact;
  for (std::size_t i = 0; i < count; ++i) {
    contact.clear();
    contact.name = "p" + std::to_string(i);
    if (i % 3 != 0) contact.organization = "Org " + std::to_string(i);
    contact.tags.assign(i % 4, "tag");
    contact.index = i;
    visitor.on_contact(contact);
  }
}

}  // namespace

TEST_CASE("hand-off: every call reaches the target in order, on the second thread once a batch is full", "[hand_off]") {
  for (const std::size_t batch : {1U, 2U, 7U, 512U}) {
    for (const std::size_t count : {0U, 1U, 6U, 7U, 8U, 100U, 3000U}) {
      Recorder target;
      {
        HandOff hand_off(target, batch);
        read(hand_off, count);
        hand_off.finish();
      }
      INFO("batch " << batch << ", " << count << " contacts");
      REQUIRE(target.calls == expected(count));
      // The owner on the reader's thread; the contacts on one other thread when a batch filled.
      REQUIRE(target.threads.front() == std::this_thread::get_id());
      const bool started = count >= batch;
      for (std::size_t i = 1; i < target.threads.size(); ++i) {
        REQUIRE((target.threads[i] != std::this_thread::get_id()) == started);
      }
    }
  }
}

TEST_CASE("hand-off: an exception of the target's reaches the reader, and nothing after it is visited", "[hand_off]") {
  for (const std::size_t batch : {1U, 3U, 512U}) {
    for (const std::size_t at : {0U, 2U, 5U, 1500U}) {
      Recorder target;
      target.fail_at = "p" + std::to_string(at);
      HandOff hand_off(target, batch);
      INFO("batch " << batch << ", failing at " << at);
      // Thrown by a later on_contact() or by finish(), never lost.
      REQUIRE_THROWS_WITH(([&] {
                            read(hand_off, 2000);
                            hand_off.finish();
                          }()),
                          "the visitor failed at p" + std::to_string(at));
      hand_off.finish();  // once thrown, the reader may finish without it coming again
      std::vector<std::string> before = expected(at);
      REQUIRE(target.calls == before);
    }
  }
}

TEST_CASE("hand-off: when the reader gives up, finish() visits what it read, without finish() it is dropped",
          "[hand_off]") {
  Recorder finished;
  {
    HandOff hand_off(finished, 4);
    read(hand_off, 10);
    hand_off.finish();
    hand_off.finish();  // twice is harmless
  }
  CHECK(finished.calls == expected(10));
  Recorder dropped;
  {
    HandOff hand_off(dropped, 4);
    read(hand_off, 10);
  }  // the destructor stops the thread: no hang, no crash, at most the contacts read
  CHECK(dropped.calls.size() <= 11);
}

TEST_CASE("hand-off: a batch of large contacts is sent before it holds its count", "[hand_off]") {
  Recorder target;
  {
    HandOff hand_off(target, 512, 1000);
    netgap::Owner owner;
    owner.name = "Me";
    hand_off.on_owner(&owner);
    Contact contact;
    for (std::size_t i = 0; i < 10; ++i) {
      contact.clear();
      contact.name = "p" + std::to_string(i);
      contact.notes.assign(i % 2 == 0 ? 600 : 10, 'n');  // two large ones fill a batch
      contact.index = i;
      hand_off.on_contact(contact);
    }
    hand_off.finish();
  }
  REQUIRE(target.calls.size() == 11);
  CHECK(target.calls[1] == "p0||0|0");
  CHECK(target.threads.back() != std::this_thread::get_id());  // started without 512 contacts
}
