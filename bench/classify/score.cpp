// netgap-classify-score: measures the classifier against the hand-labelled development set in
// bench/classify (README.md there): per-category precision, recall and F1, macro-F1, the share of
// contacts that belong somewhere but get no category, and the share of contacts that belong nowhere
// but get one; once with every field and once from a LinkedIn export's fields only.
//
//   netgap-classify-score DIR [--taxonomy FILE] [--holdout OWNER,...] [--errors]
//                         [--min-macro-f1 X] [--min-linkedin-macro-f1 Y]
//
// Exits 1 when a macro-F1 is below its minimum (the regression guard of tests/CMakeLists.txt).
#include <fmt/format.h>
#include <netgap/analyse/classifier.hpp>
#include <netgap/model/roster.hpp>
#include <netgap/model/taxonomy.hpp>
#include <netgap/read/reader.hpp>
#include <netgap/util/error.hpp>
#include <netgap/util/input.hpp>

#include <algorithm>
#include <filesystem>
#include <iostream>
#include <nlohmann/json.hpp>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace {

using namespace netgap;
namespace fs = std::filesystem;

/// The categories a LinkedIn export's fields (name, organization, role, url, email, connected_on)
/// can reveal: alumni need schools, mentors need how the two met.
const std::set<std::string> linkedin_categories = {
    "data-science-community", "domain", "recruiters", "researchers", "peers", "cross-functional"};

struct Case {
  std::string owner_id;
  Contact contact;
  std::set<std::string> gold;
};

struct Roster {
  std::string id;
  std::optional<Owner> owner;
  std::vector<Case> cases;
};

class Collect final : public RosterVisitor {
 public:
  explicit Collect(Roster& roster) : roster_(roster) {}
  void on_owner(const Owner* owner) override {
    if (owner != nullptr) roster_.owner = *owner;
  }
  void on_contact(const Contact& contact) override { roster_.cases.push_back({roster_.id, contact, {}}); }

 private:
  Roster& roster_;
};

Roster load(const fs::path& dir, const std::string& id, const Taxonomy& taxonomy) {
  Roster roster;
  roster.id = id;
  Collect collect(roster);
  Diagnostics diagnostics;
  auto source = open_source((dir / "rosters" / (id + ".json")).string());
  read_contacts(*source, "json", taxonomy, collect, diagnostics);
  diagnostics.checkpoint();
  const auto labels = nlohmann::json::parse(read_file((dir / "labels" / (id + ".json")).string()));
  for (std::size_t i = 0; i < roster.cases.size(); ++i) {
    for (const auto& c : labels.at(std::to_string(i)).at("categories"))
      roster.cases[i].gold.insert(c.get<std::string>());
  }
  return roster;
}

/// What a LinkedIn export would have said about the contact.
Contact linkedin_only(const Contact& full) {
  Contact c;
  c.name = full.name;
  c.organization = full.organization;
  c.role = full.role;
  c.url = full.url;
  c.email = full.email;
  c.connected_on = full.connected_on;
  c.index = full.index;
  return c;
}

struct Counts {
  std::size_t tp = 0, fp = 0, fn = 0;
};

double ratio(std::size_t a, std::size_t b) { return b == 0 ? 0.0 : static_cast<double>(a) / static_cast<double>(b); }

struct Score {
  std::vector<std::pair<std::string, Counts>> per_category;
  std::size_t belongs = 0, belongs_unclassified = 0, nowhere = 0, nowhere_given = 0;

  [[nodiscard]] double macro_f1() const {
    double sum = 0;
    for (const auto& [id, c] : per_category) {
      const double p = ratio(c.tp, c.tp + c.fp), r = ratio(c.tp, c.tp + c.fn);
      sum += p + r > 0 ? 2 * p * r / (p + r) : 0;
    }
    return per_category.empty() ? 0 : sum / static_cast<double>(per_category.size());
  }
};

struct Options {
  fs::path dir;
  std::string taxonomy;
  std::set<std::string> holdout;
  bool errors = false;
  double min_macro_f1 = 0;
  double min_linkedin_macro_f1 = 0;
};

std::set<std::string> predicted(Classifier& classifier, const Taxonomy& taxonomy, const Contact& contact) {
  std::set<std::string> out;
  for (const auto& label : classifier.classify(contact).categories) {
    if (label.counts()) out.insert(taxonomy.categories[label.type].id);
  }
  return out;
}

Score score(const std::vector<Roster>& rosters, const Taxonomy& taxonomy, bool linkedin,
            const std::set<std::string>& owners, bool errors) {
  Score s;
  for (const auto& type : taxonomy.categories) {
    if (!linkedin || linkedin_categories.count(type.id) != 0) s.per_category.push_back({type.id, {}});
  }
  const auto scored = [&](const std::string& id) { return !linkedin || linkedin_categories.count(id) != 0; };
  for (const auto& roster : rosters) {
    if (owners.count(roster.id) == 0) continue;
    Classifier classifier(taxonomy, roster.owner ? &*roster.owner : nullptr);
    for (const auto& item : roster.cases) {
      std::set<std::string> gold, got;
      for (const auto& id : item.gold) {
        if (scored(id)) gold.insert(id);
      }
      for (const auto& id : predicted(classifier, taxonomy, linkedin ? linkedin_only(item.contact) : item.contact)) {
        if (scored(id)) got.insert(id);
      }
      for (auto& [id, c] : s.per_category) {
        const bool g = gold.count(id) != 0, p = got.count(id) != 0;
        c.tp += g && p;
        c.fp += !g && p;
        c.fn += g && !p;
      }
      if (gold.empty()) {
        ++s.nowhere;
        s.nowhere_given += !got.empty();
      } else {
        ++s.belongs;
        s.belongs_unclassified += got.empty();
      }
      if (errors && gold != got) {
        std::vector<std::string> missed, extra;
        std::set_difference(gold.begin(), gold.end(), got.begin(), got.end(), std::back_inserter(missed));
        std::set_difference(got.begin(), got.end(), gold.begin(), gold.end(), std::back_inserter(extra));
        fmt::print("  {}[{}] {}: missed {{{}}} extra {{{}}}\n", roster.id, item.contact.index, item.contact.name,
                   fmt::join(missed, ", "), fmt::join(extra, ", "));
      }
    }
  }
  return s;
}

void print(const Score& s, const std::string& title) {
  fmt::print("{}\n", title);
  fmt::print("  {:<24} {:>9} {:>6} {:>6} {:>5} {:>5} {:>5}\n", "category", "precision", "recall", "F1", "TP", "FP",
             "FN");
  for (const auto& [id, c] : s.per_category) {
    const double p = ratio(c.tp, c.tp + c.fp), r = ratio(c.tp, c.tp + c.fn);
    fmt::print("  {:<24} {:>9.2f} {:>6.2f} {:>6.2f} {:>5} {:>5} {:>5}\n", id, p, r, p + r > 0 ? 2 * p * r / (p + r) : 0,
               c.tp, c.fp, c.fn);
  }
  fmt::print("  macro-F1 {:.3f}\n", s.macro_f1());
  fmt::print("  belong somewhere but unclassified: {:.1f}% ({} of {})\n",
             100 * ratio(s.belongs_unclassified, s.belongs), s.belongs_unclassified, s.belongs);
  fmt::print("  belong nowhere but given a category: {:.1f}% ({} of {})\n\n", 100 * ratio(s.nowhere_given, s.nowhere),
             s.nowhere_given, s.nowhere);
}

Options parse(int argc, char** argv) {
  Options o;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    const auto value = [&]() -> std::string {
      if (i + 1 >= argc) throw Error(arg + " needs a value");
      return argv[++i];
    };
    if (arg == "--taxonomy") {
      o.taxonomy = value();
    } else if (arg == "--holdout") {
      const std::string list = value();
      std::size_t start = 0;
      while (start <= list.size()) {
        const std::size_t comma = std::min(list.find(',', start), list.size());
        if (comma > start) o.holdout.insert(list.substr(start, comma - start));
        start = comma + 1;
      }
    } else if (arg == "--errors") {
      o.errors = true;
    } else if (arg == "--min-macro-f1") {
      o.min_macro_f1 = std::stod(value());
    } else if (arg == "--min-linkedin-macro-f1") {
      o.min_linkedin_macro_f1 = std::stod(value());
    } else if (o.dir.empty()) {
      o.dir = arg;
    } else {
      throw Error("unexpected argument " + arg);
    }
  }
  if (o.dir.empty()) throw Error("usage: netgap-classify-score DIR [--taxonomy FILE] [--holdout OWNER,...] [--errors]");
  return o;
}

int run(int argc, char** argv) {
  const Options o = parse(argc, argv);
  const Taxonomy taxonomy = o.taxonomy.empty() ? builtin_taxonomy() : load_taxonomy(o.taxonomy);
  std::vector<std::string> ids;
  for (const auto& entry : fs::directory_iterator(o.dir / "rosters")) {
    if (entry.path().extension() == ".json") ids.push_back(entry.path().stem().string());
  }
  std::sort(ids.begin(), ids.end());
  std::vector<Roster> rosters;
  std::size_t contacts = 0;
  for (const auto& id : ids) {
    rosters.push_back(load(o.dir, id, taxonomy));
    contacts += rosters.back().cases.size();
  }
  const std::set<std::string> all(ids.begin(), ids.end());
  std::set<std::string> development;
  for (const auto& id : ids) {
    if (o.holdout.count(id) == 0) development.insert(id);
  }
  fmt::print("netgap classification, {} owners, {} contacts ({})\n\n", ids.size(), contacts, o.dir.string());
  const Score full = score(rosters, taxonomy, false, all, o.errors);
  print(full, "Every field:");
  const Score linkedin = score(rosters, taxonomy, true, all, o.errors);
  print(linkedin,
        "LinkedIn fields only (name, organization, role, url, email, connected_on; alumni and mentors not scored):");
  if (!o.holdout.empty()) {
    fmt::print("macro-F1 by part     every field  LinkedIn fields\n");
    for (const auto& [name, owners] : {std::pair{"development", development}, std::pair{"held out", o.holdout}}) {
      fmt::print("  {:<18} {:>11.3f} {:>16.3f}\n", name, score(rosters, taxonomy, false, owners, false).macro_f1(),
                 score(rosters, taxonomy, true, owners, false).macro_f1());
    }
  }
  int status = 0;
  if (full.macro_f1() < o.min_macro_f1) {
    fmt::print(stderr, "macro-F1 with every field {:.3f} is below {:.3f}\n", full.macro_f1(), o.min_macro_f1);
    status = 1;
  }
  if (linkedin.macro_f1() < o.min_linkedin_macro_f1) {
    fmt::print(stderr, "macro-F1 from LinkedIn fields {:.3f} is below {:.3f}\n", linkedin.macro_f1(),
               o.min_linkedin_macro_f1);
    status = 1;
  }
  return status;
}

}  // namespace

int main(int argc, char** argv) {
  try {
    return run(argc, argv);
  } catch (const std::exception& e) {
    std::cerr << "netgap-classify-score: " << e.what() << "\n";
    return 2;
  }
}
