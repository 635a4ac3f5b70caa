#include "server/worker_protocol.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include "server/unique_fd.h"

namespace coopgraph::server {
namespace {

struct Pipe {
  Pipe() {
    int ends[2];
    EXPECT_EQ(::pipe(ends), 0);
    read_end.reset(ends[0]);
    write_end.reset(ends[1]);
  }
  UniqueFd read_end;
  UniqueFd write_end;
};

TEST(WorkerProtocol, JobsAndRepliesSurviveTheirEncoding) {
  const Job job{JobKind::kResource, std::string("a:b\0c", 5), "text/html"};
  const auto decoded = decode_job(encode(job));
  ASSERT_TRUE(decoded);
  EXPECT_EQ(decoded->kind, JobKind::kResource);
  EXPECT_EQ(decoded->target, job.target);
  EXPECT_EQ(decoded->accept, "text/html");
  const Reply reply{504, "text/plain", "12:34"};
  const auto back = decode_reply(encode(reply));
  ASSERT_TRUE(back);
  EXPECT_EQ(back->status, 504);
  EXPECT_EQ(back->body, "12:34");
}

TEST(WorkerProtocol, RejectsMalformedMessages) {
  for (const std::string bytes :
       {"", "1:", "x:1", "1:9", "1:2", "2:99:a", "99999999999999999999:a", "1:30:0:x"}) {
    EXPECT_FALSE(decode_job(bytes)) << bytes;
    EXPECT_FALSE(decode_reply(bytes)) << bytes;
  }
  EXPECT_FALSE(decode_job(encode(Job{JobKind::kPing, "", ""}) + "extra"));
}

TEST(WorkerProtocol, FramesCrossAPipeWhole) {
  Pipe pipe;
  ASSERT_TRUE(write_frame(pipe.write_end.get(), "hello"));
  const FrameRead frame = read_frame(pipe.read_end.get(), 100, std::nullopt);
  EXPECT_EQ(frame.status, FrameStatus::kOk);
  EXPECT_EQ(frame.bytes, "hello");
}

TEST(WorkerProtocol, ReportsTooLargeClosedAndTimedOut) {
  Pipe large;
  ASSERT_TRUE(write_frame(large.write_end.get(), std::string(1000, 'x')));
  EXPECT_EQ(read_frame(large.read_end.get(), 100, std::nullopt).status, FrameStatus::kTooLarge);

  Pipe quiet;
  const auto soon = std::chrono::steady_clock::now() + std::chrono::milliseconds(50);
  EXPECT_EQ(read_frame(quiet.read_end.get(), 100, soon).status, FrameStatus::kTimedOut);

  Pipe closed;
  closed.write_end.reset();
  EXPECT_EQ(read_frame(closed.read_end.get(), 100, std::nullopt).status, FrameStatus::kClosed);
}

}  // namespace
}  // namespace coopgraph::server
