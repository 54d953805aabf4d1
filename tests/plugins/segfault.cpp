// A test plugin that dereferences a null pointer on any article containing "crash", and marks
// "alpha" otherwise: in-process it takes slant down; with --isolate only its worker dies.
#include <slant/plugin.hpp>

#include <csignal>

class Segfault {
 public:
  static slant::sdk::PluginInfo info() {
    return {"segfault", "Segfault", "0.1", "Crashes on articles containing crash (test plugin)", {"seen"}, {}, {}, true};
  }
  explicit Segfault(const slant::sdk::Config&) {}
  void analyse(const slant::sdk::Article& a, slant::sdk::Sink& out) const {
    if (a.text().find("crash") != std::string_view::npos) std::raise(SIGSEGV);  // as a wild pointer would
    slant::sdk::Finding f;
    f.kind = "seen";
    f.span = {0, static_cast<uint32_t>(a.text().size() < 4 ? a.text().size() : 4)};
    f.rule = "always";
    f.evidence = std::string(a.text_of(f.span));
    f.explanation = "the segfault plugin saw this article";
    out.add(f);
  }
};

SLANT_PLUGIN(Segfault)
