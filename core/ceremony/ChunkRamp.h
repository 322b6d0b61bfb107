#pragma once

#include <QtGlobal>

namespace symbolon::ceremony {

// Chunked, pipelined HSM work (migration unwrap, re-key): the first chunk's HSM work has no commit
// to overlap, so it is pure wait. Starting at an eighth of the approved chunk size and doubling up
// to it (chunk/8, /4, /2, then full chunks) cuts that unoverlapped start to an eighth of a chunk
// (bench_rekey at 10,000 devices: 83.8 % → 88.6 % of its raw loop). The approved size stays the
// largest chunk ever committed; sizes below 64 are used as given.
inline int rampedChunkSize(int chunkSize, int readsSoFar) {
    if (chunkSize < 64 || readsSoFar >= 3)
        return chunkSize;
    return qMax(1, chunkSize >> (3 - readsSoFar));
}

} // namespace symbolon::ceremony
