// netgap label ROSTER: asks, one contact at a time, which category each unclassified (or only
// "possible") contact is in, and writes every answer to the roster at once.
#include <fmt/format.h>
#include <algorithm>
#include <istream>
#include <netgap/analyse/classifier.hpp>
#include <netgap/util/text.hpp>
#include <netgap/write/roster_edit.hpp>
#include <optional>

#include "cli/commands.hpp"
#include "cli/terminal.hpp"

namespace netgap::cli {
namespace {

struct LabelOptions {
  std::string path;
  bool batch = false;
};

/// Keys from the terminal, or from standard input with --batch (white space between keys ignored).
class Keys {
 public:
  Keys(Context& context, bool batch) : context_(context) {
    if (!batch) terminal_.emplace();
  }
  int next() {
    if (terminal_) return terminal_->key();
    char c = 0;
    while (context_.in.get(c)) {
      if (c != ' ' && c != '\n' && c != '\r' && c != '\t') return static_cast<unsigned char>(c);
    }
    return -1;
  }

 private:
  Context& context_;
  std::optional<RawTerminal> terminal_;
};

/// One contact to ask about, with what netgap could only guess.
struct Question {
  std::size_t index = 0;
  std::vector<std::size_t> suggestions;  // category indexes
  std::vector<std::string> reasons;
};

std::vector<Question> questions(const RosterEdit& edit, const Taxonomy& taxonomy) {
  Classifier classifier(taxonomy, edit.owner() ? &*edit.owner() : nullptr);
  std::vector<Question> out;
  for (const Contact& c : edit.contacts()) {
    const Labels& labels = classifier.classify(c);
    if (labels.classified()) continue;
    Question q{c.index, {}, {}};
    for (const Label& l : labels.categories) {
      q.suggestions.push_back(l.type);
      q.reasons.push_back(classifier.explain(c, l, TypeKind::category));
    }
    out.push_back(std::move(q));
  }
  return out;
}

std::string card(const Contact& c, const Question& q, const Taxonomy& taxonomy, std::size_t position,
                 std::size_t total) {
  std::string out = fmt::format("\n{} of {}  {}\n", position + 1, total, printable(c.name));
  for (const auto& [label, value] :
       {std::pair{"role", &c.role}, std::pair{"organization", &c.organization}, std::pair{"department", &c.department},
        std::pair{"industry", &c.industry}, std::pair{"how met", &c.how_met}, std::pair{"notes", &c.notes}}) {
    if (!value->empty()) out += fmt::format("  {:<13}{}\n", label, printable(*value));
  }
  if (!c.schools.empty()) out += fmt::format("  {:<13}{}\n", "schools", printable(join(c.schools)));
  for (std::size_t i = 0; i < q.suggestions.size(); ++i) {
    out += fmt::format("  suggestion   {} (possible: {})\n", taxonomy.categories[q.suggestions[i]].id,
                       printable(q.reasons[i]));
  }
  for (std::size_t i = 0; i < taxonomy.categories.size() && i < 9; ++i) {
    out += fmt::format("{}{} {}", i % 4 == 0 ? "\n  " : "  ", i + 1, taxonomy.categories[i].id);
  }
  out += fmt::format("\n  {}s skip  u undo  q quit\n> ", q.suggestions.empty() ? "" : "a accept the suggestion  ");
  return out;
}

/// An answer given: the question's place and the contact's categories before it.
struct Answer {
  std::size_t position;
  std::vector<std::string> before;
};

/// Takes the last answer back (saved at once) and returns to its question; true when it had
/// labelled the contact.
bool undo(RosterEdit& edit, const std::vector<Question>& todo, std::vector<Answer>& answered, std::size_t& position) {
  const Answer last = answered.back();
  answered.pop_back();
  position = last.position;
  Contact previous = edit.contacts()[todo[last.position].index];
  if (previous.categories == last.before) return false;
  previous.categories = last.before;
  edit.update(todo[last.position].index, previous);
  edit.save();
  return true;
}

ExitCode run_label(const LabelOptions& options, Context& context) {
  if (!options.batch && !context.terminals.in) {
    throw Error(
        "netgap label asks a question per contact and standard input is not a terminal; use --batch to read the "
        "answers from standard input (one key per answer: a digit per category, a, s, u or q)");
  }
  const Taxonomy& taxonomy = context.taxonomy();
  Diagnostics diagnostics;
  RosterEdit edit(options.path, taxonomy, false, diagnostics, false, context.waiting_for(options.path));
  context.print_warnings(diagnostics);
  diagnostics.checkpoint();
  edit.check_rewritable();  // before the first question: an answer that cannot be saved is not asked for
  const std::vector<Question> todo = questions(edit, taxonomy);
  if (todo.empty()) {
    context.print("Every contact is in a category; nothing to label.\n");
    return ExitCode::ok;
  }
  Keys keys(context, options.batch);
  std::vector<Answer> answered;
  std::size_t position = 0, labelled = 0;
  while (position < todo.size()) {
    const Question& q = todo[position];
    Contact contact = edit.contacts()[q.index];
    context.print(card(contact, q, taxonomy, position, todo.size()));
    const int key = keys.next();
    if (key < 0 || key == 'q') break;
    std::vector<std::string> categories;
    if (key >= '1' && key <= '9' && static_cast<std::size_t>(key - '1') < taxonomy.categories.size()) {
      categories.push_back(taxonomy.categories[static_cast<std::size_t>(key - '1')].id);
    } else if (key == 'a' && !q.suggestions.empty()) {
      for (const std::size_t s : q.suggestions) categories.push_back(taxonomy.categories[s].id);
    } else if (key == 's') {
      context.print("skipped\n");
      answered.push_back({position++, contact.categories});
      continue;
    } else if (key == 'u') {
      if (answered.empty()) {
        context.print("nothing to undo\n");
        continue;
      }
      if (undo(edit, todo, answered, position)) --labelled;
      context.print("undone\n");
      continue;
    } else {
      context.print(fmt::format("'{}' is not an answer\n", key >= 0x20 && key < 0x7f ? static_cast<char>(key) : '?'));
      continue;
    }
    answered.push_back({position++, contact.categories});
    contact.categories = categories;
    edit.update(q.index, contact);
    edit.save();  // every answer on disk at once: an interruption loses nothing answered
    ++labelled;
    context.print(fmt::format("{}: {}\n", printable(contact.name), join(categories)));
  }
  context.print(fmt::format("\nLabelled {} of {} contacts in {}.\n", labelled, todo.size(), options.path));
  return ExitCode::ok;
}

}  // namespace

Command add_label_command(CLI::App& app) {
  auto options = std::make_shared<LabelOptions>();
  CLI::App* sub =
      app.add_subcommand("label", "Ask which category each unclassified contact is in, and save the answers");
  sub->add_option("roster", options->path, "The roster to label (netgap's JSON format)")
      ->required()
      ->type_name("ROSTER");
  sub->add_flag("--batch", options->batch, "Read the answers from standard input instead of a terminal");
  return {sub, [options](Context& context) { return run_label(*options, context); }};
}

}  // namespace netgap::cli
