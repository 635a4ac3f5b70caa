// What the server and its query workers say to each other over a pair of pipes: a job
// (what to answer) and a reply (an HTTP status, a media type and a body), each sent as one
// length-prefixed frame, so that a reply of any content arrives whole or not at all.
#pragma once
#include <chrono>
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace coopgraph::server {

enum class JobKind {
  kPing,      // is the worker up, with its store open?
  kQuery,     // target: the SPARQL query
  kResource,  // target: the IRI to describe
  kOntology,
  kDatasetDescription,  // target: the SPARQL endpoint's URL
  kServiceDescription,  // target: the SPARQL endpoint's URL
  kDump,                // media_type chooses Turtle or N-Quads
};

struct Job {
  JobKind kind = JobKind::kPing;
  std::string target;
  std::string accept;  // the client's Accept header, or a media type the client chose
};

struct Reply {
  int status = 200;
  std::string media_type;
  std::string body;
};

std::string encode(const Job& job);
std::string encode(const Reply& reply);
// nullopt when the bytes are not a whole, well-formed message.
std::optional<Job> decode_job(const std::string& bytes);
std::optional<Reply> decode_reply(const std::string& bytes);

// Frames on a file descriptor: an 8-byte little-endian length, then the bytes.
// write_frame returns false when the other end has gone.
bool write_frame(int fd, const std::string& bytes);

enum class FrameStatus { kOk, kClosed, kTooLarge, kTimedOut, kError };
struct FrameRead {
  FrameStatus status;
  std::string bytes;
};
// Waits at most until deadline (forever when nullopt) for a whole frame of at most max_bytes.
FrameRead read_frame(int fd, std::size_t max_bytes,
                     std::optional<std::chrono::steady_clock::time_point> deadline);

}  // namespace coopgraph::server
