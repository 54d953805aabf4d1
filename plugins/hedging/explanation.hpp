// The one-sentence explanation a reader sees beside each hedging finding, by category.
#pragma once

#include <string>
#include <string_view>

namespace slant::plugins::hedging {

std::string explain(std::string_view category, std::string_view cue_text);

}  // namespace slant::plugins::hedging
