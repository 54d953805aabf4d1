// A test plugin that leaks: every article costs it `mb_per_article` megabytes it never frees
// (touched, so they are resident). In-process the run just grows; with --isolate its worker is
// restarted when it passes --plugin-memory-limit, and no article loses its findings.
#include <slant/plugin.hpp>

#include <atomic>
#include <cstring>

class Leaks {
 public:
  static slant::sdk::PluginInfo info() {
    return {"leaks", "Leaks", "0.1", "Leaks memory on every article (test plugin)", {"seen"},
            {{"mb_per_article", SLANT_PARAM_NUMBER, "8", "megabytes leaked per article"}}, {}, true};
  }
  explicit Leaks(const slant::sdk::Config& c) : bytes_(static_cast<size_t>(c.number("mb_per_article") * 1024 * 1024)) {}
  void analyse(const slant::sdk::Article& a, slant::sdk::Sink& out) const {
    char* lost = new char[bytes_];
    std::memset(lost, 1, bytes_);
    last_.store(lost);  // escapes, so the compiler cannot drop the allocation
    slant::sdk::Finding f;
    f.kind = "seen";
    f.span = {0, 0};
    f.rule = "always";
    f.evidence = std::string(a.id());
    f.explanation = "the leaks plugin saw this article";
    out.add(f);
  }

 private:
  size_t bytes_;
  static inline std::atomic<char*> last_{nullptr};
};

SLANT_PLUGIN(Leaks)
