#include "bench/generator/article_text.h"

namespace coopgraph::bench {

std::string article_text(const ComposedArticle& article) {
  const std::string date = article.date.iso();
  std::string text;
  text += "Title: " + (article.bilingual ? article.title.en : std::string()) + "\n";
  text += "Author: " + (article.bilingual ? article.author.en : std::string()) + "\n";
  text += "Date: " + date + "\n";
  text += "Page: " + std::to_string(article.page) + "\n\n";
  if (article.bilingual) {
    for (const Named& paragraph : article.paragraphs)
      text += paragraph.en + "\n\n";
  }
  text += "<hr />\n\nOriginal:\n\n### " + article.title.zh + "\n";
  text += article.author.zh + "\n";
  text += date + "\n";
  text += "第" + std::to_string(article.page) + "版()\n专栏：\n\n";
  text += "    " + article.title.zh + "\n";
  for (const Named& paragraph : article.paragraphs)
    text += "    " + paragraph.zh + "\n";
  return text;
}

}  // namespace coopgraph::bench
