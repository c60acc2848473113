#include <catch2/catch.hpp>
#include <netgap/analyse/classifier.hpp>
#include <netgap/model/roster.hpp>
#include <netgap/model/taxonomy.hpp>

using namespace netgap;

namespace {

Owner priya() {
  Owner o;
  o.name = "Priya Raman";
  o.organization = "Acme Health, Inc.";
  o.department = "Data Science";
  o.role = "Data Scientist";
  o.industry = "Healthcare";
  o.schools = {"University of Michigan"};
  return o;
}

/// "id:source" for each category, then "|", then each lens.
std::string labels_of(const Contact& c, const Owner* owner = nullptr, bool use_default_owner = true) {
  const Owner o = priya();
  Classifier classifier(builtin_taxonomy(), owner != nullptr ? owner : (use_default_owner ? &o : nullptr));
  const Labels& labels = classifier.classify(c);
  std::string out;
  const auto source = [](const Label& l) {
    return l.source == LabelSource::field ? "field" : l.source == LabelSource::tag ? "tag" : "rule";
  };
  for (const auto& l : labels.categories) out += builtin_taxonomy().categories[l.type].id + ":" + source(l) + " ";
  out += "|";
  for (const auto& l : labels.lenses) out += " " + builtin_taxonomy().lenses[l.type].id + ":" + source(l);
  return out;
}

Contact person(std::string name, std::string organization, std::string role) {
  Contact c;
  c.name = std::move(name);
  c.organization = std::move(organization);
  c.role = std::move(role);
  return c;
}

}  // namespace

TEST_CASE("recruiters: the role mentions recruiting, in any language", "[classifier]") {
  CHECK(labels_of(person("A", "Hays", "Senior Technical Recruiter")) == "recruiters:rule | strategic:rule");
  CHECK(labels_of(person("A", "Hays", "Talent Acquisition Partner")) == "recruiters:rule | strategic:rule");
  CHECK(labels_of(person("A", "Hays", "Headhunters Lead")) == "recruiters:rule | strategic:rule");
  CHECK(labels_of(person("A", "Globex", "Hiring Manager, Data")) == "recruiters:rule | strategic:rule");
  CHECK(labels_of(person("A", "Randstad", "RECLUTADORA")) == "recruiters:rule | strategic:rule");
  CHECK(labels_of(person("A", "リクルート", "リクルーター")) == "recruiters:rule | strategic:rule");
  CHECK(labels_of(person("A", "Hays", "Recruitment-oriented")) == "recruiters:rule | strategic:rule");
  CHECK(labels_of(person("A", "Hays", "Nonrecruiter")) == "|");  // whole words only
}

TEST_CASE("researchers: professors, lecturers, postdocs, PhD students", "[classifier]") {
  for (const char* role : {"Professor of Physics", "Lecturer", "Postdoc", "PhD Student", "Research Scientist",
                           "Investigadora Principal", "Professeure associée", "高级研究员", "准教授"}) {
    INFO(role);
    CHECK(labels_of(person("A", "Uni", role)) == "researchers:rule | strategic:rule");
  }
}

TEST_CASE("alumni share a school with the owner, compared without case and punctuation", "[classifier]") {
  Contact c = person("A", "Ford", "Engineer");
  c.schools = {"Harvard", "university of michigan."};
  CHECK(labels_of(c) == "alumni:rule |");
  c.schools = {"Michigan State University"};
  CHECK(labels_of(c) == "|");
}

TEST_CASE("peers and cross-functional colleagues work at the owner's organization", "[classifier]") {
  CHECK(labels_of(person("A", "ACME Health", "Data Analyst")) == "peers:rule | operational:rule");
  CHECK(labels_of(person("A", "acme health llc", "Machine Learning Engineer")) == "peers:rule | operational:rule");
  Contact same_department = person("A", "Acme Health", "Team Lead");
  same_department.department = "data science";
  CHECK(labels_of(same_department) == "peers:rule | operational:rule");
  Contact marketing = person("A", "Acme Health", "Director");
  marketing.department = "Marketing";
  CHECK(labels_of(marketing) == "cross-functional:rule | operational:rule");
  CHECK(labels_of(person("A", "Acme Health", "Sales Lead")) == "cross-functional:rule | operational:rule");
  CHECK(labels_of(person("A", "Acme Health", "Product Manager")) == "cross-functional:rule | operational:rule");
  // A data role in a business team is a peer, not cross-functional.
  CHECK(labels_of(person("A", "Acme Health", "Product Analyst")) == "peers:rule | operational:rule");
  // The same roles elsewhere are not colleagues.
  CHECK(labels_of(person("A", "Globex", "Sales Lead")) == "|");
}

TEST_CASE("data science community: a data role elsewhere, or met at a data science venue", "[classifier]") {
  CHECK(labels_of(person("A", "Globex", "Data Scientist")) == "data-science-community:rule | strategic:rule");
  CHECK(labels_of(person("A", "", "ML Engineer")) == "data-science-community:rule | strategic:rule");
  Contact met = person("A", "Acme Health", "Nurse");
  met.how_met = "NeurIPS 2025 poster session";
  CHECK(labels_of(met) == "data-science-community:rule |");
  Contact kaggle = person("A", "Globex", "Teacher");
  kaggle.tags = {"Kaggle"};
  CHECK(labels_of(kaggle) == "data-science-community:rule | strategic:rule");
}

TEST_CASE("domain: the owner's industry outside the owner's organization", "[classifier]") {
  Contact c = person("A", "Mercy Hospital", "Nurse");
  c.industry = "healthcare";
  CHECK(labels_of(c) == "domain:rule | strategic:rule");
  c.organization = "Acme Health";
  CHECK(labels_of(c) == "|");
}

TEST_CASE("mentors from tags and how-met; developmental from mentors", "[classifier]") {
  Contact tagged = person("A", "Globex", "VP");
  tagged.tags = {"Mentor"};
  CHECK(labels_of(tagged) == "mentors:tag | developmental:rule");
  Contact met = person("A", "Globex", "VP");
  met.how_met = "Women in Tech mentorship programme";
  CHECK(labels_of(met) == "mentors:rule | developmental:rule");
}

TEST_CASE("explicit labels are authoritative, separately for categories and lenses", "[classifier]") {
  Contact c = person("A", "Globex", "Data Scientist");
  c.categories = {"alumni"};
  CHECK(labels_of(c) == "alumni:field |");
  c.lenses = {"operational"};
  CHECK(labels_of(c) == "alumni:field | operational:field");
  Contact tagged = person("A", "Globex", "Data Scientist");
  tagged.tags = {"strategic", "unrelated"};
  CHECK(labels_of(tagged) == "data-science-community:rule | strategic:tag");
}

TEST_CASE("without an owner, rules that need one are skipped and listed", "[classifier]") {
  Classifier classifier(builtin_taxonomy(), nullptr);
  CHECK(classifier.skipped_rules() ==
        std::vector<std::string>{"data-science-community/data-role-outside", "domain/same-industry-outside",
                                 "alumni/shared-school", "peers/data-role-inside", "peers/same-department",
                                 "cross-functional/other-department-inside", "cross-functional/business-role-inside",
                                 "operational/colleague-inside", "strategic/outside-view"});
  CHECK(labels_of(person("A", "Globex", "Recruiter"), nullptr, false) == "recruiters:rule |");
  CHECK(labels_of(person("A", "Globex", "Data Scientist"), nullptr, false) == "|");
}

TEST_CASE("explanations name the rule and the evidence", "[classifier]") {
  const Owner o = priya();
  Classifier classifier(builtin_taxonomy(), &o);
  Contact c = person("Ada", "ACME Health", "Senior Data Analysts");
  const Labels& labels = classifier.classify(c);
  REQUIRE(labels.categories.size() == 1);
  CHECK(classifier.explain(c, labels.categories[0], TypeKind::category) ==
        "rule peers/data-role-inside: role \"Senior Data Analysts\" mentions \"data analyst\"; "
        "works at the owner's organization (Acme Health, Inc.)");
  REQUIRE(labels.lenses.size() == 1);
  CHECK(classifier.explain(c, labels.lenses[0], TypeKind::lens) ==
        "rule operational/colleague-inside: is in peers; works at the owner's organization (Acme Health, Inc.)");
  Contact t = person("Bo", "X", "Y");
  t.tags = {"x", "Alumnus"};
  const Labels& tagged = classifier.classify(t);
  REQUIRE(tagged.categories.size() == 1);
  CHECK(classifier.explain(t, tagged.categories[0], TypeKind::category) == "tag \"Alumnus\"");
}
