// The --input-format flag that check and run share, with every name the readers accept.
#pragma once

#include <CLI/CLI.hpp>
#include <string>

namespace slant::cli {

inline void add_input_format_option(CLI::App& app, std::string& value) {
  app.add_option("--input-format", value,
                 "Input: auto (default: sniffed from name and content), text, jsonl, html, or xml (NITF, "
                 "NewsML-G2, RSS, Atom, XHTML)")
      ->check(CLI::IsMember({"auto", "text", "txt", "jsonl", "html", "xhtml", "xml", "nitf", "newsml", "rss", "atom"}));
}

}  // namespace slant::cli
