// A test plugin that never returns from analyse on any article containing "hang" (it spins,
// as a rule with a runaway loop would): --isolate must kill it at --plugin-timeout.
#include <slant/plugin.hpp>

#include <atomic>
#include <chrono>
#include <thread>

class NeverReturns {
 public:
  static slant::sdk::PluginInfo info() {
    return {"never-returns", "Never returns", "0.1", "Hangs on articles containing hang (test plugin)", {"seen"}, {}, {}, true};
  }
  explicit NeverReturns(const slant::sdk::Config&) {}
  void analyse(const slant::sdk::Article& a, slant::sdk::Sink& out) const {
    static std::atomic<bool> forever{true};
    if (a.text().find("hang") != std::string_view::npos)
      while (forever.load()) std::this_thread::sleep_for(std::chrono::milliseconds(50));
    slant::sdk::Finding f;
    f.kind = "seen";
    f.span = {0, 0};
    f.rule = "always";
    f.explanation = "the never-returns plugin saw this article";
    out.add(f);
  }
};

SLANT_PLUGIN(NeverReturns)
