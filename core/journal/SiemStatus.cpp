#include "journal/SiemStatus.h"

#include <QCoreApplication>

namespace symbolon::journal {

QString siemStateName(SiemStatus::State state) {
    const char* s = "";
    switch (state) {
    case SiemStatus::State::Stopped:
        s = QT_TRANSLATE_NOOP("symbolon::journal", "stopped");
        break;
    case SiemStatus::State::Idle:
        s = QT_TRANSLATE_NOOP("symbolon::journal", "idle (all acknowledged)");
        break;
    case SiemStatus::State::Connecting:
        s = QT_TRANSLATE_NOOP("symbolon::journal", "connecting");
        break;
    case SiemStatus::State::Sending:
        s = QT_TRANSLATE_NOOP("symbolon::journal", "connected, sending");
        break;
    case SiemStatus::State::Waiting:
        s = QT_TRANSLATE_NOOP("symbolon::journal", "collector unreachable, retrying");
        break;
    }
    return QCoreApplication::translate("symbolon::journal", s);
}

} // namespace symbolon::journal
