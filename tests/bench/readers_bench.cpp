// Reader throughput (MB/s of input) on documents built from samples/formats: a 150 KB news
// page, a 200-item RSS feed, a long NITF story, 2,000 JSON lines and a plain-text article.
#include <benchmark/benchmark.h>

#include <fstream>
#include <sstream>
#include <string>

#include "readers/html_reader.hpp"
#include "readers/jsonl_reader.hpp"
#include "readers/text_reader.hpp"
#include "readers/xml_reader.hpp"

namespace {

std::string sample(const std::string& name) {
  std::ifstream in(std::string(SLANT_SOURCE_DIR) + "/samples/formats/" + name, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

std::string repeat(const std::string& s, int n) {
  std::string out;
  for (int i = 0; i < n; ++i) out += s;
  return out;
}

// The sample page with its body paragraphs and its furniture repeated: real pages carry far
// more markup (scripts, navigation) than text, and so does this one.
std::string big_page() {
  std::string page = sample("ferry-strike.html");
  size_t body = page.find("<div itemprop=\"articleBody\">");
  size_t body_end = page.find("</div>\n      </div>", body);
  std::string paragraphs = page.substr(body + 28, body_end - body - 28);
  std::string furniture = "<div class=\"promo\"><ul>" + repeat("<li><a href=\"/x\">Another headline here</a></li>", 20) +
                          "</ul></div><script>var tracking = {a: 1, b: [1,2,3]};</script>";
  page.replace(body + 28, body_end - body - 28, repeat(paragraphs + furniture, 60));
  return page;
}

std::string big_feed() {
  std::string feed = sample("coastal-news.rss");
  size_t a = feed.find("<item>"), b = feed.rfind("</item>") + 7;
  feed.replace(a, b - a, repeat(feed.substr(a, b - a), 100));
  return feed;
}

std::string long_nitf() {
  std::string doc = sample("orchard-frost.nitf.xml");
  size_t a = doc.find("<p>"), b = doc.find("</block>") + 8;
  doc.replace(a, b - a, repeat(doc.substr(a, b - a), 100));
  return doc;
}

const benchmark::Counter::Flags kRate = benchmark::Counter::kIsIterationInvariantRate;

template <class Read>
void run(benchmark::State& state, const std::string& input, Read read) {
  size_t articles = 0;
  slant::ReadSink sink{[&](slant::Article&&) { ++articles; }, [](const slant::InputError&) {}};
  for (auto _ : state) read(input, sink);
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * input.size()));
  state.counters["input_KB"] = static_cast<double>(input.size()) / 1024;
  state.counters["articles/s"] = benchmark::Counter(static_cast<double>(articles) / state.iterations(), kRate);
}

void BM_HtmlPage(benchmark::State& state) {
  run(state, big_page(), [](const std::string& in, const slant::ReadSink& s) { slant::read_html(in, "p.html", s); });
}
void BM_HtmlSmallPage(benchmark::State& state) {
  run(state, sample("ferry-strike.html"),
      [](const std::string& in, const slant::ReadSink& s) { slant::read_html(in, "p.html", s); });
}
void BM_RssFeed(benchmark::State& state) {
  run(state, big_feed(), [](const std::string& in, const slant::ReadSink& s) { slant::read_xml(in, "f.rss", s); });
}
void BM_AtomFeed(benchmark::State& state) {
  run(state, sample("science-desk.atom"),
      [](const std::string& in, const slant::ReadSink& s) { slant::read_xml(in, "f.atom", s); });
}
void BM_Nitf(benchmark::State& state) {
  run(state, long_nitf(), [](const std::string& in, const slant::ReadSink& s) { slant::read_xml(in, "n.xml", s); });
}
void BM_NewsmlG2(benchmark::State& state) {
  run(state, sample("council-budget.newsml.xml"),
      [](const std::string& in, const slant::ReadSink& s) { slant::read_xml(in, "g2.xml", s); });
}
void BM_Jsonl(benchmark::State& state) {
  run(state, repeat(sample("wire-briefs.jsonl"), 1000), [](const std::string& in, const slant::ReadSink& s) {
    std::istringstream stream(in);
    slant::read_jsonl(stream, "w.jsonl", s);
  });
}
void BM_PlainText(benchmark::State& state) {
  std::string text = sample("bakery-award.txt");
  size_t body = text.find("\n\n") + 2, end = text.find("Related stories");
  text = text.substr(0, body) + repeat(text.substr(body, end - body), 200);
  run(state, text, [](const std::string& in, const slant::ReadSink& s) { slant::read_text(in, "t.txt", s); });
}
void BM_Windows1252Page(benchmark::State& state) {
  std::string page = sample("cafe-terrace-cp1252.html");
  size_t a = page.find("<p>"), b = page.find("</article>");
  page.replace(a, b - a, repeat(page.substr(a, b - a), 300));
  run(state, page, [](const std::string& in, const slant::ReadSink& s) { slant::read_html(in, "c.html", s); });
}

BENCHMARK(BM_HtmlPage);
BENCHMARK(BM_HtmlSmallPage);
BENCHMARK(BM_Windows1252Page);
BENCHMARK(BM_RssFeed);
BENCHMARK(BM_AtomFeed);
BENCHMARK(BM_Nitf);
BENCHMARK(BM_NewsmlG2);
BENCHMARK(BM_Jsonl);
BENCHMARK(BM_PlainText);

}  // namespace

BENCHMARK_MAIN();
