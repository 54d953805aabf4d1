// The attribution plugin's exported entry point.
#include "attribution_plugin.hpp"

SLANT_PLUGIN(slant::plugins::Attribution)
