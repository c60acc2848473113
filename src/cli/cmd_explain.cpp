// netgap explain ROSTER [NAME...]: each contact's categories and lenses, and why.
#include <fmt/format.h>
#include <netgap/analyse/classifier.hpp>
#include <netgap/util/text.hpp>
#include <nlohmann/json.hpp>
#include <ostream>
#include <set>
#include <sstream>

#include "common.hpp"

namespace netgap::cli {
namespace {

struct ExplainOptions {
  RosterInput input;
  std::vector<std::string> names;
  std::string format = "text";
};

/// Prints each contact (or each one named) as it streams past.
class Explainer final : public RosterVisitor {
 public:
  Explainer(Context& context, const ExplainOptions& options) : context_(context), options_(options) {
    for (const auto& n : options.names) wanted_.push_back(to_lower(trim(n)));
  }

  void on_owner(const Owner* owner) override {
    classifier_ = std::make_unique<Classifier>(context_.taxonomy(), owner);
    if (!classifier_->skipped_rules().empty()) {
      context_.warn(skipped_rules_warning(options_.input.path, classifier_->skipped_rules()));
    }
    if (json()) out_ << "[";
  }

  void on_contact(const Contact& contact) override {
    ++contacts_;
    const Labels& labels = classifier_->classify(contact);
    if (labels.categories.empty()) ++unclassified_;
    if (!selected(contact)) return;
    ++shown_;
    json() ? print_json(contact, labels) : print_text(contact, labels);
  }

  /// Checks that every name asked for was found, then writes the whole explanation: nothing is
  /// printed for a roster with errors.
  void finish() {
    if (json()) {
      out_ << (shown_ == 0 ? "]\n" : "\n]\n");
    } else if (wanted_.empty()) {
      out_ << fmt::format("{} contacts: {} classified, {} unclassified\n", contacts_, contacts_ - unclassified_,
                          unclassified_);
    }
    std::vector<std::string> missing;
    for (std::size_t i = 0; i < wanted_.size(); ++i) {
      if (found_.count(i) == 0) missing.push_back(quote(options_.names[i]));
    }
    if (!missing.empty()) {
      std::string list;
      for (const auto& m : missing) list += (list.empty() ? "" : ", ") + m;
      throw Error(fmt::format("{}: no contact named {}", options_.input.path, list));
    }
    context_.out << out_.str();
  }

 private:
  [[nodiscard]] bool json() const { return options_.format == "json"; }

  bool selected(const Contact& contact) {
    if (wanted_.empty()) return true;
    const std::string name = to_lower(contact.name);
    bool hit = false;
    for (std::size_t i = 0; i < wanted_.size(); ++i) {
      if (name.find(wanted_[i]) != std::string::npos) {
        found_.insert(i);
        hit = true;
      }
    }
    return hit;
  }

  void print_text(const Contact& contact, const Labels& labels) {
    std::string out = fmt::format("{} (contacts[{}])\n", contact.name, contact.index);
    const auto section = [&](const std::vector<Label>& list, TypeKind kind) {
      const auto& types = kind == TypeKind::category ? context_.taxonomy().categories : context_.taxonomy().lenses;
      for (const auto& label : list) {
        out += wrap(classifier_->explain(contact, label, kind), 80, std::string(26, ' '),
                    fmt::format("  {:<23} ", types[label.type].id));
      }
    };
    section(labels.categories, TypeKind::category);
    if (labels.categories.empty()) {
      out += "  unclassified            no rule matched; add \"categories\" or a tag such as \"mentor\"\n";
    }
    section(labels.lenses, TypeKind::lens);
    out_ << out << '\n';
  }

  void print_json(const Contact& contact, const Labels& labels) {
    nlohmann::ordered_json item;
    item["index"] = contact.index;
    item["name"] = contact.name;
    const auto list = [&](const std::vector<Label>& labels_of, TypeKind kind) {
      const auto& types = kind == TypeKind::category ? context_.taxonomy().categories : context_.taxonomy().lenses;
      auto out = nlohmann::ordered_json::array();
      for (const auto& label : labels_of) {
        const char* source = label.source == LabelSource::field ? "explicit"
                             : label.source == LabelSource::tag ? "tag"
                                                                : "rule";
        out.push_back(
            {{"id", types[label.type].id}, {"source", source}, {"reason", classifier_->explain(contact, label, kind)}});
      }
      return out;
    };
    item["categories"] = list(labels.categories, TypeKind::category);
    item["lenses"] = list(labels.lenses, TypeKind::lens);
    out_ << (shown_ == 1 ? "\n  " : ",\n  ")
         << item.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
  }

  Context& context_;
  const ExplainOptions& options_;
  std::ostringstream out_;
  std::unique_ptr<Classifier> classifier_;
  std::vector<std::string> wanted_;
  std::set<std::size_t> found_;
  std::size_t contacts_ = 0;
  std::size_t unclassified_ = 0;
  std::size_t shown_ = 0;
};

ExitCode run_explain(const ExplainOptions& options, Context& context) {
  Explainer explainer(context, options);
  read_roster(context, options.input, explainer);
  explainer.finish();
  return ExitCode::ok;
}

}  // namespace

Command add_explain_command(CLI::App& app) {
  auto options = std::make_shared<ExplainOptions>();
  CLI::App* sub = app.add_subcommand("explain", "Show each contact's categories and lenses, and why");
  add_roster_options(*sub, options->input);
  sub->add_option("names", options->names, "Only the contacts whose name contains one of these");
  add_format_option(*sub, options->format, {"text", "json"});
  return {sub, [options](Context& context) { return run_explain(*options, context); }};
}

}  // namespace netgap::cli
