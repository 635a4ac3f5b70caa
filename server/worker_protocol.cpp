#include "server/worker_protocol.h"

#include <poll.h>
#include <unistd.h>

#include <cerrno>
#include <cstdint>

namespace coopgraph::server {
namespace {

void put_field(std::string& out, const std::string& field) {
  out += std::to_string(field.size());
  out += ':';
  out += field;
}

// Reads "LENGTH:BYTES" at position; false when the field is not whole.
bool take_field(const std::string& in, std::size_t& position, std::string& field) {
  const std::size_t colon = in.find(':', position);
  if (colon == std::string::npos || colon == position || colon - position > 19) return false;
  std::size_t length = 0;
  for (std::size_t i = position; i < colon; ++i) {
    if (in[i] < '0' || in[i] > '9') return false;
    length = length * 10 + static_cast<std::size_t>(in[i] - '0');
  }
  if (length > in.size() - colon - 1) return false;
  field = in.substr(colon + 1, length);
  position = colon + 1 + length;
  return true;
}

bool take_int(const std::string& in, std::size_t& position, int& value) {
  std::string field;
  if (!take_field(in, position, field) || field.empty() || field.size() > 9) return false;
  value = 0;
  for (const char c : field) {
    if (c < '0' || c > '9') return false;
    value = value * 10 + (c - '0');
  }
  return true;
}

bool wait_readable(int fd, std::optional<std::chrono::steady_clock::time_point> deadline) {
  while (true) {
    int timeout_ms = -1;
    if (deadline) {
      const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
          *deadline - std::chrono::steady_clock::now());
      if (left.count() <= 0) return false;
      timeout_ms = static_cast<int>(std::min<std::int64_t>(left.count(), 60'000));
    }
    pollfd watched{fd, POLLIN, 0};
    const int ready = ::poll(&watched, 1, timeout_ms);
    if (ready > 0) return true;
    if (ready < 0 && errno != EINTR) return true;  // let read() report the error
  }
}

}  // namespace

std::string encode(const Job& job) {
  std::string out;
  put_field(out, std::to_string(static_cast<int>(job.kind)));
  put_field(out, job.target);
  put_field(out, job.accept);
  return out;
}

std::string encode(const Reply& reply) {
  std::string out;
  put_field(out, std::to_string(reply.status));
  put_field(out, reply.media_type);
  put_field(out, reply.body);
  return out;
}

std::optional<Job> decode_job(const std::string& bytes) {
  std::size_t position = 0;
  int kind = 0;
  Job job;
  if (!take_int(bytes, position, kind) || kind > static_cast<int>(JobKind::kDump) ||
      !take_field(bytes, position, job.target) || !take_field(bytes, position, job.accept) ||
      position != bytes.size()) {
    return std::nullopt;
  }
  job.kind = static_cast<JobKind>(kind);
  return job;
}

std::optional<Reply> decode_reply(const std::string& bytes) {
  std::size_t position = 0;
  Reply reply;
  if (!take_int(bytes, position, reply.status) || !take_field(bytes, position, reply.media_type) ||
      !take_field(bytes, position, reply.body) || position != bytes.size()) {
    return std::nullopt;
  }
  return reply;
}

bool write_frame(int fd, const std::string& bytes) {
  std::string frame(8, '\0');
  std::uint64_t length = bytes.size();
  for (int i = 0; i < 8; ++i) {
    frame[static_cast<std::size_t>(i)] = static_cast<char>((length >> (8 * i)) & 0xff);
  }
  frame += bytes;
  std::size_t written = 0;
  while (written < frame.size()) {
    const ssize_t count = ::write(fd, frame.data() + written, frame.size() - written);
    if (count < 0 && errno == EINTR) continue;
    if (count <= 0) return false;
    written += static_cast<std::size_t>(count);
  }
  return true;
}

FrameRead read_frame(int fd, std::size_t max_bytes,
                     std::optional<std::chrono::steady_clock::time_point> deadline) {
  std::string header;
  std::string body;
  std::uint64_t length = 0;
  bool have_length = false;
  char buffer[64 * 1024];
  while (true) {
    const std::size_t wanted = have_length ? length - body.size() : 8 - header.size();
    if (have_length && wanted == 0) return {FrameStatus::kOk, std::move(body)};
    if (!wait_readable(fd, deadline)) return {FrameStatus::kTimedOut, {}};
    const ssize_t count = ::read(fd, buffer, std::min(wanted, sizeof buffer));
    if (count < 0 && errno == EINTR) continue;
    if (count < 0) return {FrameStatus::kError, {}};
    if (count == 0) return {FrameStatus::kClosed, {}};
    if (!have_length) {
      header.append(buffer, static_cast<std::size_t>(count));
      if (header.size() < 8) continue;
      for (int i = 7; i >= 0; --i) {
        length = (length << 8) | static_cast<unsigned char>(header[static_cast<std::size_t>(i)]);
      }
      if (length > max_bytes) return {FrameStatus::kTooLarge, {}};
      have_length = true;
      body.reserve(length);
    } else {
      body.append(buffer, static_cast<std::size_t>(count));
    }
  }
}

}  // namespace coopgraph::server
