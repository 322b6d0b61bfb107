#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace symbolon::text {

// Text for a terminal (issue #16): data (a reason in a DCO results file, a label, a file name) is
// printed, never obeyed. Escaped are every C0 control but line feed and tab (ESC starts the
// sequences that retitle a terminal, clear it or recolour what follows; CR and BS overwrite what
// was printed) as \xHH, DEL as \x7f, the C1 controls U+0080-U+009F (CSI U+009B acts like ESC [)
// and the bidirectional controls that reorder what a reader sees (U+061C, U+200E, U+200F,
// U+202A-U+202E, U+2066-U+2069) as \uHHHH. Everything else, UTF-8 included, passes unchanged.
//
// `in` is UTF-8 that may end inside a multi-byte sequence (a stream cut anywhere): the unfinished
// tail is returned in *carry, to be put in front of the next piece; with carry null it is
// written as it is.
QByteArray escapeForTerminal(QByteArrayView in, QByteArray* carry = nullptr);

} // namespace symbolon::text
