// A test plugin whose analyse throws on any article that contains "boom": the host must turn
// that into a diagnostic for the article and keep the other plugins' results.
#include <slant/plugin.hpp>
#include <stdexcept>

class Thrower {
 public:
  static slant::sdk::PluginInfo info() {
    return {"thrower", "Thrower", "0.1", "Throws on articles containing boom (test plugin)", {"never"}, {}, {}, true};
  }
  explicit Thrower(const slant::sdk::Config&) {}
  void analyse(const slant::sdk::Article& a, slant::sdk::Sink&) const {
    if (a.text().find("boom") != std::string_view::npos) throw std::runtime_error("kaboom: rule table exploded");
  }
};

SLANT_PLUGIN(Thrower)
