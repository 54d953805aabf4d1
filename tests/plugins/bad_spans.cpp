// A test plugin that returns one good finding and three bad ones (reversed, past the end,
// cutting a UTF-8 character): the merger must keep the good one and report the others.
#include <slant/plugin.hpp>

class BadSpans {
 public:
  static slant::sdk::PluginInfo info() {
    return {"bad-spans", "Bad spans", "0.1", "Returns invalid spans (test plugin)", {"mark"}, {}, {}, true};
  }
  explicit BadSpans(const slant::sdk::Config&) {}
  void analyse(const slant::sdk::Article& a, slant::sdk::Sink& out) const {
    const uint32_t n = static_cast<uint32_t>(a.text().size());
    auto add = [&](uint32_t b, uint32_t e, const char* rule) {
      slant::sdk::Finding f;
      f.kind = "mark";
      f.span = {b, e};
      f.rule = rule;
      out.add(f);
    };
    add(0, n > 3 ? 3 : n, "good");
    add(n > 2 ? 2 : 0, 0, "reversed");
    add(0, n + 10, "past-end");
    // The first byte of a two-byte character plus one: cuts it, when the text has one.
    auto pos = a.text().find("\xC3");
    if (pos != std::string_view::npos) add(static_cast<uint32_t>(pos) + 1, static_cast<uint32_t>(pos) + 1, "cuts-char");
  }
};

SLANT_PLUGIN(BadSpans)
