#pragma once

#include "workspace/MachineSettings.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <memory>

class QSettings;

namespace symbolon::ui {

// The console's preferences, typed, with their defaults, over QSettings (the organisation and
// application names set in main(): ~/.config/Symbolon/Symbolon.conf). Holds no secret. Each
// check*() returns an empty string for a valid value, else one sentence saying what to change;
// the Settings dialog shows it and refuses to save while any is non-empty.
class AppSettings {
    Q_DECLARE_TR_FUNCTIONS(AppSettings)

public:
    // Keys, shared with whoever reads a setting without this class (the translator loader reads
    // kLanguageKey).
    static const char* const kModulePathKey;
    static const char* const kKeyTokenUriKey;
    static const char* const kJournalTokenUriKey;
    static const char* const kSyslogHostKey;
    static const char* const kSyslogPortKey;
    static const char* const kSyslogRelpKey;
    static const char* const kSyslogTlsKey;
    static const char* const kLanguageKey;
    static const char* const kQuorumTimeoutKey;
    static const char* const kWindowGeometryKey;

    static constexpr int kDefaultSyslogPort = 2514; // rsyslog imrelp's customary port
    static constexpr int kDefaultQuorumTimeoutMinutes = 10;
    static constexpr int kMinQuorumTimeoutMinutes = 1;
    static constexpr int kMaxQuorumTimeoutMinutes = 60;
    static QString defaultModulePath(); // SoftHSM2's module on Debian

    // The application's QSettings; or an INI file of its own (tests, a second profile).
    AppSettings();
    explicit AppSettings(const QString& iniFile);
    ~AppSettings();
    AppSettings(const AppSettings&) = delete;
    AppSettings& operator=(const AppSettings&) = delete;

    QString modulePath() const;
    void setModulePath(const QString& path);
    QString keyTokenUri() const; // empty: the token that workspace.json names
    void setKeyTokenUri(const QString& uri);
    QString journalTokenUri() const; // empty: the token that workspace.json names
    void setJournalTokenUri(const QString& uri);

    // The site's RFC 3161 Time-Stamping Authority (workspace::MachineSettings::tsaUrl).
    QString tsaUrl() const; // empty: checkpoints are not timestamped
    void setTsaUrl(const QString& url);
    QString syslogHost() const; // empty: no collector configured
    void setSyslogHost(const QString& host);
    int syslogPort() const;
    void setSyslogPort(int port);
    bool syslogRelp() const;
    void setSyslogRelp(bool on);
    bool syslogTls() const;
    void setSyslogTls(bool on);

    // "" (the system's language), "en_GB" or "cy"; anything else stored reads as "".
    QString language() const;
    void setLanguage(const QString& language);
    static QStringList languages();

    // Minutes a quorum request stays open for approvals (1–60); out of range reads as the default.
    int quorumTimeoutMinutes() const;
    void setQuorumTimeoutMinutes(int minutes);
    int quorumTimeoutSecs() const { return quorumTimeoutMinutes() * 60; }

    // The main window's geometry as QWidget::saveGeometry gave it when the console last closed.
    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray& geometry);

    void sync();

    // The HSM choices as core reads them (workspace::MachineSettings::loadFrom these settings):
    // they apply to the next workspace opened on an HSM, from the console or symbolon-cli. The
    // module path counts only when it is not the default (the default means: as workspace.json
    // says, and is not stored).
    workspace::MachineSettings machineSettings() const;

    static QString checkModulePath(const QString& path);
    static QString checkTokenUri(const QString& uri); // empty is valid
    static QString checkSyslogHost(const QString& host);
    // Empty, or an http:// URL with a host (RFC 3161 over HTTP: the TSA's answers are signed).
    static QString checkTsaUrl(const QString& url);
    static QString checkSyslogPort(int port);
    static QString checkSyslogTransport(bool relp, bool tls);
    static QString checkLanguage(const QString& language);
    static QString checkQuorumTimeout(int minutes);

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace symbolon::ui
