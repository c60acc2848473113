// Google Benchmark micro-benchmarks of the classifier and the scoring (bench/CMakeLists.txt).
#include <benchmark/benchmark.h>
#include <netgap/analyse/classifier.hpp>
#include <netgap/model/roster.hpp>
#include <netgap/model/taxonomy.hpp>

#include <netgap/analyse/tally.hpp>

namespace {

using namespace netgap;

Owner owner() {
  Owner o;
  o.name = "Priya Raman";
  o.organization = "Acme Health";
  o.department = "Data Science";
  o.industry = "healthcare";
  o.schools = {"University of Michigan"};
  return o;
}

std::vector<Contact> contacts() {
  const char* roles[] = {"Senior Data Scientist", "Technical Recruiter", "Professor of Statistics", "Product Manager",
                         "Nurse"};
  const char* organizations[] = {"Acme Health, Inc.", "Globex", "University of Michigan", "Mercy Hospital"};
  std::vector<Contact> out(1000);
  for (std::size_t i = 0; i < out.size(); ++i) {
    out[i].name = "Contact " + std::to_string(i);
    out[i].role = roles[i % 5];
    out[i].organization = organizations[i % 4];
    out[i].department = i % 3 == 0 ? "Data Science" : "Marketing";
    out[i].industry = i % 2 == 0 ? "healthcare" : "software";
    out[i].schools = {i % 7 == 0 ? "University of Michigan" : "MIT"};
    out[i].how_met = i % 11 == 0 ? "NeurIPS 2025" : "work";
    out[i].strength = static_cast<int>(i % 5) + 1;
    out[i].last_contact = Date{20000 + static_cast<std::int32_t>(i % 700)};
  }
  return out;
}

void classify(benchmark::State& state) {
  const Owner o = owner();
  Classifier classifier(builtin_taxonomy(), &o);
  const auto list = contacts();
  std::size_t i = 0;
  for (auto _ : state) {
    benchmark::DoNotOptimize(classifier.classify(list[i++ % list.size()]));
  }
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations()));
}
BENCHMARK(classify);

void tally_and_score(benchmark::State& state) {
  const Owner o = owner();
  Classifier classifier(builtin_taxonomy(), &o);
  const auto list = contacts();
  std::vector<Labels> labels;
  for (const auto& c : list) labels.push_back(classifier.classify(c));
  AuditSettings settings;
  settings.as_of = Date{20700};
  for (auto _ : state) {
    Tally tally(builtin_taxonomy(), settings);
    for (std::size_t i = 0; i < list.size(); ++i) tally.add(list[i], labels[i]);
    benchmark::DoNotOptimize(tally.report("bench", &o));
  }
  state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(list.size()));
}
BENCHMARK(tally_and_score);

}  // namespace

BENCHMARK_MAIN();
