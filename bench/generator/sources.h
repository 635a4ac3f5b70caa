// What the generator draws from: the places of the gazetteer, the trades and posts of the
// cue vocabularies, surnames, given names and the sentence templates, all read from their
// data files when the generator starts.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "extract/gazetteer/gazetteer.h"

namespace coopgraph::bench {

// A thing named in both languages.
struct Named {
  std::string en;
  std::string zh;
};

struct SentenceTemplate {
  std::string en;
  std::string zh;
};

struct GeneratorSources {
  extract::Gazetteer gazetteer;
  std::vector<std::string> place_ids;  // units below the greater regions, in file order
  std::vector<Named> trades;
  std::vector<Named> posts;
  std::vector<Named> surnames;
  std::vector<Named> given_names;
  std::vector<SentenceTemplate> titles;
  std::vector<SentenceTemplate> sentences;

  // coopgraph_data holds gazetteer/ and cues/ (extract/data); bench_data the templates and
  // the given names. Throws extract::DataFileError naming the file and line.
  static GeneratorSources load(const std::filesystem::path& coopgraph_data,
                               const std::filesystem::path& bench_data);
};

// The English name of a place with its type word, as translations write it ("Hubei
// Province", "Wanxian Special District").
std::string english_place_name(const extract::GazetteerPlace& place);

}  // namespace coopgraph::bench
