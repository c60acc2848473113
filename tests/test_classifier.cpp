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
  o.industry = "Hospitals and Health Care";
  o.schools = {"University of Michigan", "Johns Hopkins Bloomberg School of Public Health"};
  return o;
}

/// "id" for each category that counts ("id?" for a possible one), then "|", then each lens.
std::string labels_of(const Contact& c, const Owner* owner = nullptr, bool use_default_owner = true) {
  const Owner o = priya();
  Classifier classifier(builtin_taxonomy(), owner != nullptr ? owner : (use_default_owner ? &o : nullptr));
  const Labels& labels = classifier.classify(c);
  std::string out;
  const auto name = [](const std::string& id, const Label& l) {
    return id + (l.source == LabelSource::tag ? ":tag" : l.source == LabelSource::field ? ":field" : "") +
           (l.counts() ? "" : "?");
  };
  for (const auto& l : labels.categories) out += name(builtin_taxonomy().categories[l.type].id, l) + " ";
  out += "|";
  for (const auto& l : labels.lenses) out += " " + name(builtin_taxonomy().lenses[l.type].id, l);
  return out;
}

Contact person(std::string name, std::string organization, std::string role) {
  Contact c;
  c.name = std::move(name);
  c.organization = std::move(organization);
  c.role = std::move(role);
  return c;
}

Contact met(std::string how_met) {
  Contact c = person("A", "Globex", "Engineer");
  c.how_met = std::move(how_met);
  return c;
}

}  // namespace

TEST_CASE("recruiters: the role mentions recruiting in any language, and a recruiter is not community",
          "[classifier]") {
  CHECK(labels_of(person("A", "Hays", "Senior Technical Recruiter")) == "recruiters | strategic");
  CHECK(labels_of(person("A", "Hays", "Talent Acquisition Partner")) == "recruiters | strategic");
  CHECK(labels_of(person("A", "Randstad", "RECLUTADORA")) == "recruiters | strategic");
  CHECK(labels_of(person("A", "Hays", "Personalreferentin Recruiting")) == "recruiters | strategic");
  CHECK(labels_of(person("A", "リクルート", "リクルーター")) == "recruiters | strategic");
  CHECK(labels_of(person("A", "Hays", "Nonrecruiter")) == "|");  // whole words only
  // A recruiting signal blocks the data words of the same title.
  CHECK(labels_of(person("A", "Globex", "Technical Sourcer, Machine Learning")) == "recruiters | strategic");
  // A staffing firm is not the owner's sector, even for a health-care recruiter.
  CHECK(labels_of(person("A", "Robert Half", "Recruiter, Health Care Analytics")) == "recruiters | strategic");
}

TEST_CASE("hiring managers say so in the title or the notes, unless they say they are not", "[classifier]") {
  CHECK(labels_of(person("A", "Globex", "Director of Analytics — we're hiring! DM me")) ==
        "data-science-community recruiters | strategic");
  CHECK(labels_of(person("A", "Globex", "Head of Data Science | #hiring")) ==
        "data-science-community recruiters | strategic");
  CHECK(labels_of(person("A", "Globex", "Jefe de Analítica — no está contratando")) == "|");
  Contact notes = person("A", "Globex", "Engineering Manager, Risk ML");
  notes.notes = "told me he's hiring senior MLEs";
  CHECK(labels_of(notes) == "data-science-community recruiters | strategic");
}

TEST_CASE("titles as people write them: headlines, past jobs, abbreviations, emoji, word forms", "[classifier]") {
  CHECK(labels_of(person("A", "Globex", "Senior MLE @ Shopify | ex-Meta | speaker")) ==
        "data-science-community peers | strategic");
  CHECK(labels_of(person("A", "Globex", "Sr. DS 📊 SQL")) == "data-science-community peers | strategic");
  CHECK(labels_of(person("A", "Globex", "Ex-Data Scientist | Florist")) == "|");
  CHECK(labels_of(person("A", "Globex", "Científica de Datos Sr.")) == "data-science-community peers | strategic");
  CHECK(labels_of(person("A", "Globex", "Ingeniera de Datos")) == "data-science-community peers | strategic");
  CHECK(labels_of(person("A", "Globex", "Analistas de Dados")) == "data-science-community peers | strategic");
  CHECK(labels_of(person("A", "Globex", "深度学习研究员")) ==
        "data-science-community researchers peers | strategic");
  CHECK(labels_of(person("A", "Globex", "データアナリスト")) == "data-science-community peers | strategic");
  CHECK(labels_of(person("A", "Globex", "高级数据分析师")) == "data-science-community peers | strategic");
}

TEST_CASE("researchers: research roles in the owner's field, others are only possible", "[classifier]") {
  for (const char* role : {"Professor of Statistics", "Lecturer in Machine Learning", "Postdoc, Biostatistics",
                           "PhD Student, Computer Science", "Investigadora Principal, Ciencia de Datos",
                           "Chercheuse en apprentissage automatique", "准教授 (機械学習)"}) {
    INFO(role);
    CHECK(labels_of(person("A", "Uni", role)).find("researchers ") != std::string::npos);
  }
  CHECK(labels_of(person("A", "DeepMind", "Research Scientist")) ==
        "data-science-community researchers | strategic");
  // The owner's sector counts as the owner's field: health policy for a health-care owner.
  CHECK(labels_of(person("A", "Harvard University", "PhD Candidate, Health Policy")) ==
        "domain researchers | strategic");
  CHECK(labels_of(person("A", "Uni", "Professor of Particle Physics")) == "researchers? |");
}

TEST_CASE("alumni: the owner's schools by alias, acronym and school within, other campuses stay apart",
          "[classifier]") {
  const auto alumni = [](std::vector<std::string> schools) {
    Contact c = person("A", "Ford", "Engineer");
    c.schools = std::move(schools);
    return labels_of(c);
  };
  for (const char* school : {"university of michigan.", "UMich", "Univ. of Michigan",
                             "University of Michigan – College of Engineering", "The University of Michigan",
                             "Johns Hopkins University", "JHSPH"}) {
    INFO(school);
    CHECK(alumni({school}) == "alumni |");
  }
  for (const char* school : {"Michigan State University", "University of Michigan-Flint", "Harvard T.H. Chan School of Public Health",
                             "Ohio University"}) {
    INFO(school);
    CHECK(alumni({school}) == "|");
  }
  // Faculty and staff of the owner's school are from it too.
  CHECK(labels_of(person("A", "Univ. of Michigan", "Lecturer, Applied Data Science")) ==
        "data-science-community researchers alumni | strategic");
}

TEST_CASE("colleagues: data people are peers unless above or below the owner, the rest are cross-functional",
          "[classifier]") {
  CHECK(labels_of(person("A", "ACME Health", "Data Analyst")) ==
        "data-science-community domain peers | operational");
  CHECK(labels_of(person("A", "acme health llc", "Machine Learning Engineer")) ==
        "data-science-community domain peers | operational");
  CHECK(labels_of(person("A", "Acme", "Product Analyst")) == "data-science-community domain peers | operational");
  CHECK(labels_of(person("A", "Acme Health", "Director of Data Science")) == "data-science-community domain |");
  CHECK(labels_of(person("A", "Acme Health", "Data Science Intern")) == "data-science-community domain |");
  Contact boss = person("A", "Acme Health", "Data Scientist");
  boss.how_met = "my manager";
  CHECK(labels_of(boss) == "data-science-community domain |");
  Contact same_department = person("A", "Acme Health", "Analyst II");
  same_department.department = "data science";
  CHECK(labels_of(same_department) == "data-science-community domain peers | operational");
  // Without a department, a finance analyst at the owner's company is another function.
  CHECK(labels_of(person("A", "Acme Health", "Financial Analyst")) == "domain cross-functional | operational");
  CHECK(labels_of(person("A", "Acme Health", "Chief Operating Officer")) == "domain cross-functional | operational");
  CHECK(labels_of(person("A", "Acme Health", "VP Operations")) == "domain cross-functional | operational");
  CHECK(labels_of(person("A", "Acme Health", "Registered Nurse")) == "domain cross-functional | operational");
  Contact marketing = person("A", "Acme Health", "Customer Insight Manager");
  marketing.department = "Marketing";
  CHECK(labels_of(marketing) == "domain cross-functional | operational");
  // A colleague whose role is unknown is only in the owner's sector.
  CHECK(labels_of(person("A", "ACME HEALTH, INC.", "")) == "domain |");
  // Firms that share a word with the owner's are not the owner's.
  CHECK(labels_of(person("A", "Acme Logistics", "Fleet Manager")) == "|");
  CHECK(labels_of(person("A", "Acme Health Club", "Membership Coordinator")) == "|");
}

TEST_CASE("domain: the owner's sector, from the industry, the organisation or the title", "[classifier]") {
  Contact industry = person("A", "Globex", "Nurse");
  industry.industry = "Hospitals and Health Care";
  CHECK(labels_of(industry) == "domain | strategic");
  CHECK(labels_of(person("A", "Mercy General Hospital", "Registered Nurse")) == "domain | strategic");
  CHECK(labels_of(person("A", "Universitätsklinikum Köln", "Pflegekraft")) == "domain | strategic");
  CHECK(labels_of(person("A", "Mayo Clinic", "Accountant")) == "domain | strategic");
  CHECK(labels_of(person("A", "Deloitte", "Senior Consultant, Health Care Analytics")) ==
        "data-science-community domain peers | strategic");
  CHECK(labels_of(person("A", "Globex Bank", "Teller")) == "|");
  Contact bank_owner_view = person("A", "Sparkasse Köln", "Kundenberater");
  Owner banker = priya();
  banker.industry = "Banking";
  banker.organization = "Harbourline Bank plc";
  CHECK(labels_of(bank_owner_view, &banker) == "domain | strategic");
}

TEST_CASE("mentors: someone who mentors the owner, not someone the owner mentors", "[classifier]") {
  CHECK(labels_of(met("my mentor from the Women in Data programme; monthly calls")) ==
        "mentors | developmental");
  CHECK(labels_of(met("she still advises me on whether to do a PhD")) == "mentors | developmental");
  CHECK(labels_of(met("Women in Tech mentorship programme")) == "mentors | developmental");
  CHECK(labels_of(met("I mentor him at a bootcamp")) == "|");
  CHECK(labels_of(met("coaches my son's soccer team")) == "|");
  CHECK(labels_of(met("my PhD advisor")) == "mentors? |");
  Contact tagged = person("A", "Globex", "VP");
  tagged.tags = {"Mentor"};
  CHECK(labels_of(tagged) == "mentors:tag | developmental");
}

TEST_CASE("data science community: any data person, met at a data science venue is only possible",
          "[classifier]") {
  CHECK(labels_of(person("A", "Globex", "Data Scientist")) == "data-science-community peers | strategic");
  CHECK(labels_of(person("A", "", "Staff ML Engineer")) == "data-science-community | strategic");
  Contact kaggle = person("A", "Globex", "Teacher");
  kaggle.tags = {"Kaggle"};
  CHECK(labels_of(kaggle) == "data-science-community? |");
}

TEST_CASE("explicit labels are authoritative, a tag names one type and leaves the others to the rules",
          "[classifier]") {
  Contact c = person("A", "Globex", "Data Scientist");
  c.categories = {"alumni"};
  CHECK(labels_of(c) == "alumni:field |");
  c.lenses = {"operational"};
  CHECK(labels_of(c) == "alumni:field | operational:field");
  Contact tagged = person("A", "Globex", "Data Scientist");
  tagged.tags = {"strategic", "unrelated", "alumna"};
  CHECK(labels_of(tagged) == "alumni:tag data-science-community peers | strategic:tag");
}

TEST_CASE("without an owner, rules that need one are skipped and listed", "[classifier]") {
  Classifier classifier(builtin_taxonomy(), nullptr);
  CHECK(classifier.skipped_rules() ==
        std::vector<std::string>{"domain/same-organization",
                                 "domain/same-sector",
                                 "researchers/research-in-owner-sector",
                                 "alumni/shared-school",
                                 "alumni/at-owner-school",
                                 "peers/data-role-inside",
                                 "peers/analyst-inside",
                                 "peers/same-department",
                                 "peers/data-role-outside",
                                 "cross-functional/executive-inside",
                                 "cross-functional/other-function-inside",
                                 "cross-functional/recruiter-inside",
                                 "cross-functional/any-other-role-inside",
                                 "operational/colleague-inside",
                                 "strategic/outside-view"});
  CHECK(labels_of(person("A", "Globex", "Recruiter"), nullptr, false) == "recruiters |");
  CHECK(labels_of(person("A", "Globex", "Data Scientist"), nullptr, false) == "data-science-community |");
}

TEST_CASE("explanations name the rule and the evidence, confidence rides on the label", "[classifier]") {
  const Owner o = priya();
  Classifier classifier(builtin_taxonomy(), &o);
  Contact c = person("Ada", "ACME Health", "Senior Data Analysts");
  const Labels& labels = classifier.classify(c);
  REQUIRE(labels.categories.size() == 3);
  CHECK(labels.categories[2].confidence == Confidence::certain);
  CHECK(classifier.explain(c, labels.categories[2], TypeKind::category) ==
        "rule peers/data-role-inside: role \"Senior Data Analysts\" mentions \"data analyst\"; "
        "works at the owner's organization (Acme Health, Inc.)");
  REQUIRE(labels.lenses.size() == 1);
  CHECK(classifier.explain(c, labels.lenses[0], TypeKind::lens) ==
        "rule operational/colleague-inside: is in peers; works at the owner's organization (Acme Health, Inc.)");
  Contact h = person("Bo", "Mercy General Hospital", "Registered Nurse");
  const Labels& hospital = classifier.classify(h);
  REQUIRE(hospital.categories.size() == 1);
  CHECK(hospital.categories[0].confidence == Confidence::likely);
  CHECK(classifier.explain(h, hospital.categories[0], TypeKind::category) ==
        "rule domain/same-sector: works in healthcare like the owner (organization \"Mercy General Hospital\" "
        "mentions \"hospital\")");
  Contact t = person("Bo", "X", "Y");
  t.tags = {"x", "Alumnus"};
  const Labels& tagged = classifier.classify(t);
  REQUIRE(tagged.categories.size() == 1);
  CHECK(classifier.explain(t, tagged.categories[0], TypeKind::category) == "tag \"Alumnus\"");
}
