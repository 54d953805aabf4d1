// The HTML page rendered by a real browser: Debian's chromium, headless, with a fresh profile.
// It takes a screenshot, dumps the DOM and checks the highlighted spans are there, and with a
// measuring script added to a copy of the page checks the styles, the filters and the phone
// width. Skipped, saying so, when chromium is not installed.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <regex>

#include "run_slant.hpp"

namespace slant::test {
namespace {

namespace fs = std::filesystem;

const std::string kSample = std::string(SLANT_SOURCE_DIR) + "/samples/articles/harbour-bridge.txt";

std::string find_chromium() {
  if (const char* set = std::getenv("SLANT_CHROMIUM")) return set;
  const char* path = std::getenv("PATH");
  std::string dirs = path ? path : "/usr/bin:/bin";
  for (const char* name : {"chromium", "chromium-browser", "google-chrome"}) {
    size_t start = 0;
    while (start <= dirs.size()) {
      size_t end = dirs.find(':', start);
      if (end == std::string::npos) end = dirs.size();
      fs::path candidate = fs::path(dirs.substr(start, end - start)) / name;
      if (!dirs.substr(start, end - start).empty() && access(candidate.c_str(), X_OK) == 0) return candidate.string();
      start = end + 1;
    }
  }
  return {};
}

class HtmlView : public ::testing::Test {
 protected:
  fs::path dir = fs::temp_directory_path() / ("slant-html-" + std::to_string(::getpid()));
  std::string chromium;

  void SetUp() override {
    chromium = find_chromium();
    if (chromium.empty())
      GTEST_SKIP() << "chromium is not installed (scripts/setup.sh --test-deps installs it): the HTML page was "
                      "not rendered in a browser";
    fs::create_directories(dir);
  }
  void TearDown() override { fs::remove_all(dir); }

  // Runs headless chromium on a local file with a fresh profile; returns what it printed.
  std::string browse(const fs::path& page, const std::string& what, const std::string& window) {
    const fs::path profile = dir / ("profile-" + std::to_string(runs_++));
    const fs::path out = dir / "chromium.out";
    std::string cmd = shell_quote(chromium) +
                      " --headless --no-sandbox --disable-gpu --disable-quic --no-first-run"
                      " --disable-background-networking --disable-component-update --disable-sync"
                      " --hide-scrollbars --user-data-dir=" + shell_quote(profile.string()) +
                      " --window-size=" + window + " " + what + " " + shell_quote("file://" + page.string()) + " >" +
                      shell_quote(out.string()) + " 2>/dev/null";
    int status = std::system(("timeout 120 " + cmd).c_str());
    EXPECT_EQ(status, 0) << cmd;
    return read_file(out);
  }

  fs::path write_page(const std::string& sample) {
    const fs::path page = dir / "report.html";
    RunResult r = run_slant({"check", "--format", "html", "-o", page.string(), sample});
    EXPECT_EQ(r.exit_code, 0) << r.err;
    return page;
  }

 private:
  int runs_ = 0;
};

TEST_F(HtmlView, ScreenshotAndDomShowTheMarkedArticle) {
  const fs::path page = write_page(kSample);
  browse(page, "--screenshot=" + shell_quote((dir / "shot.png").string()), "1280,1800");
  const std::string png = read_file(dir / "shot.png");
  ASSERT_GT(png.size(), 20000u) << "a rendered page, not a blank one";
  EXPECT_EQ(png.substr(0, 8), std::string("\x89PNG\r\n\x1a\n", 8));

  const std::string dom = browse(page, "--dump-dom", "1280,1800");
  ASSERT_NE(dom.find("<article class=\"report\""), std::string::npos) << dom.substr(0, 2000);
  // The sample's hedges, marked as hedging in one of the three voices; the writer's own
  // "Some residents" in the author's voice; the anonymous officials among the sources.
  for (const char* hedge : {"reportedly", "could", "may"})
    EXPECT_TRUE(std::regex_search(dom, std::regex(std::string("<mark class=\"hl p-hedging c1 fv-(author|quoted|reported)\"[^>]*>"
                                                              "(<mark [^>]*>)?") +
                                                  hedge + "</mark>")))
        << hedge;
  EXPECT_TRUE(std::regex_search(dom, std::regex("<mark class=\"hl p-hedging c1 fv-author\"[^>]*>Some residents</mark>")));
  EXPECT_TRUE(std::regex_search(dom, std::regex("<mark class=\"hl p-attribution c0 fv-[a-z]+\"[^>]*>[^<]*officials")));
  EXPECT_NE(dom.find("<td class=\"source-class\">anonymous</td>"), std::string::npos);
  // Quoted words styled as quoted; every marker has its note.
  EXPECT_NE(dom.find("<span class=\"v-quoted\">The crews found less corrosion"), std::string::npos);
  const std::regex ref("<a class=\"ref [^\"]*\" id=\"(r1-ref[0-9]+)\" href=\"#(r1-f[0-9]+)\"");
  size_t refs = 0;
  for (auto it = std::sregex_iterator(dom.begin(), dom.end(), ref); it != std::sregex_iterator(); ++it, ++refs)
    EXPECT_NE(dom.find("id=\"" + (*it)[2].str() + "\""), std::string::npos) << (*it)[2];
  EXPECT_GE(refs, 3u);
}

// A copy of the page with a script that reads computed styles, flips the filters and measures
// the layout at phone width, leaving its answer as JSON in the DOM.
const char* kProbe = R"js(<script>
(function () {
  const r = {};
  const hedges = [...document.querySelectorAll('mark.hl.p-hedging')];
  const bg = (e) => getComputedStyle(e).backgroundColor;
  r.hedges = hedges.length;
  r.hedgeBackground = hedges.length ? bg(hedges[0]) : '';
  const quoted = document.querySelector('.v-quoted');
  r.quotedStyle = quoted ? getComputedStyle(quoted).textDecorationStyle + ' ' + getComputedStyle(quoted).fontStyle : '';
  const ref = document.querySelector('.ref.p-hedging');
  document.getElementById('show-p-hedging').checked = false;
  r.hedgeBackgroundOff = hedges.length ? bg(hedges[0]) : '';
  r.hedgeRefOff = ref ? getComputedStyle(ref).display : '';
  document.getElementById('show-p-hedging').checked = true;
  r.hedgeBackgroundOn = hedges.length ? bg(hedges[0]) : '';
  const voice = hedges.length ? [...hedges[0].classList].find((c) => c.startsWith('fv-')).slice(3) : 'author';
  document.getElementById('show-v-' + voice).checked = false;
  r.voiceHedgeOff = hedges.length ? bg(hedges[0]) : '';
  document.getElementById('show-v-' + voice).checked = true;
  r.overflow = document.documentElement.scrollWidth - window.innerWidth;
  r.width = window.innerWidth;
  const out = document.createElement('pre');
  out.id = 'probe';
  out.textContent = JSON.stringify(r);
  document.body.appendChild(out);
})();
</script>)js";

TEST_F(HtmlView, StylesFiltersAndPhoneWidthWorkInTheBrowser) {
  const fs::path page = write_page(kSample);
  std::string html = read_file(page);
  const size_t end = html.rfind("</body>");
  ASSERT_NE(end, std::string::npos);
  html.insert(end, kProbe);
  const fs::path probe_page = dir / "probe.html";
  std::ofstream(probe_page, std::ios::binary) << html;

  const std::string dom = browse(probe_page, "--dump-dom", "390,844");  // a phone; chromium may widen it to 500
  std::smatch m;
  ASSERT_TRUE(std::regex_search(dom, m, std::regex("<pre id=\"probe\">([^<]*)</pre>"))) << dom.substr(0, 2000);
  std::string json = std::regex_replace(m[1].str(), std::regex("&amp;"), "&");
  const auto r = nlohmann::json::parse(json);
  SCOPED_TRACE(json);
  EXPECT_GE(r["hedges"].get<int>(), 3);
  EXPECT_NE(r["hedgeBackground"], "rgba(0, 0, 0, 0)") << "hedges are tinted";
  EXPECT_EQ(r["quotedStyle"], "dotted italic") << "quoted words are told apart without colour";
  EXPECT_EQ(r["hedgeBackgroundOff"], "rgba(0, 0, 0, 0)") << "unticking hedging clears its marks";
  EXPECT_EQ(r["hedgeRefOff"], "none") << "and hides its markers";
  EXPECT_EQ(r["hedgeBackgroundOn"], r["hedgeBackground"]);
  EXPECT_EQ(r["voiceHedgeOff"], "rgba(0, 0, 0, 0)") << "unticking a voice clears the hedges in that voice";
  EXPECT_LE(r["width"].get<int>(), 500) << "headless chromium's narrowest window";
  EXPECT_LE(r["overflow"].get<int>(), 0) << "nothing sticks out sideways at phone width";
}

}  // namespace
}  // namespace slant::test
