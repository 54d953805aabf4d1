// The opinion plugin's exported entry point.
#include "opinion_plugin.hpp"

SLANT_PLUGIN(slant::plugins::Opinion)
