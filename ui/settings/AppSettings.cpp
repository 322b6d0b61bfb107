#include "settings/AppSettings.h"

#include "hsm/Pkcs11Uri.h"
#include "workspace/MachineSettings.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QSettings>
#include <QUrl>

namespace symbolon::ui {

const char* const AppSettings::kModulePathKey = workspace::MachineSettings::kModulePathKey;
const char* const AppSettings::kKeyTokenUriKey = workspace::MachineSettings::kKeyTokenUriKey;
const char* const AppSettings::kJournalTokenUriKey = workspace::MachineSettings::kJournalTokenUriKey;
const char* const AppSettings::kSyslogHostKey = "syslog/host";
const char* const AppSettings::kSyslogPortKey = "syslog/port";
const char* const AppSettings::kSyslogRelpKey = "syslog/relp";
const char* const AppSettings::kSyslogTlsKey = "syslog/tls";
const char* const AppSettings::kLanguageKey = "ui/language";
const char* const AppSettings::kQuorumTimeoutKey = "quorum/timeoutMinutes";
const char* const AppSettings::kWindowGeometryKey = "ui/mainWindowGeometry";

namespace {
QString key(const char* k) {
    return QString::fromLatin1(k);
}
} // namespace

QString AppSettings::defaultModulePath() {
    return QStringLiteral("/usr/lib/softhsm/libsofthsm2.so");
}

AppSettings::AppSettings() : m_settings(std::make_unique<QSettings>()) {}

AppSettings::AppSettings(const QString& iniFile)
    : m_settings(std::make_unique<QSettings>(iniFile, QSettings::IniFormat)) {}

AppSettings::~AppSettings() = default;

QString AppSettings::modulePath() const {
    return m_settings->value(key(kModulePathKey), defaultModulePath()).toString();
}
void AppSettings::setModulePath(const QString& path) {
    if (path.isEmpty() || path == defaultModulePath())
        m_settings->remove(key(kModulePathKey)); // the default: as each workspace.json says
    else
        m_settings->setValue(key(kModulePathKey), path);
}

workspace::MachineSettings AppSettings::machineSettings() const {
    return workspace::MachineSettings::loadFrom(*m_settings);
}
QString AppSettings::keyTokenUri() const {
    return m_settings->value(key(kKeyTokenUriKey)).toString();
}
void AppSettings::setKeyTokenUri(const QString& uri) {
    m_settings->setValue(key(kKeyTokenUriKey), uri);
}
QString AppSettings::journalTokenUri() const {
    return m_settings->value(key(kJournalTokenUriKey)).toString();
}
void AppSettings::setJournalTokenUri(const QString& uri) {
    m_settings->setValue(key(kJournalTokenUriKey), uri);
}

QString AppSettings::tsaUrl() const {
    return m_settings->value(key(workspace::MachineSettings::kTsaUrlKey)).toString();
}
void AppSettings::setTsaUrl(const QString& url) {
    m_settings->setValue(key(workspace::MachineSettings::kTsaUrlKey), url);
}

QString AppSettings::syslogHost() const {
    return m_settings->value(key(kSyslogHostKey)).toString();
}
void AppSettings::setSyslogHost(const QString& host) {
    m_settings->setValue(key(kSyslogHostKey), host);
}
int AppSettings::syslogPort() const {
    bool ok = false;
    const int port = m_settings->value(key(kSyslogPortKey), kDefaultSyslogPort).toInt(&ok);
    return ok && checkSyslogPort(port).isEmpty() ? port : kDefaultSyslogPort;
}
void AppSettings::setSyslogPort(int port) {
    m_settings->setValue(key(kSyslogPortKey), port);
}
bool AppSettings::syslogRelp() const {
    return m_settings->value(key(kSyslogRelpKey), true).toBool();
}
void AppSettings::setSyslogRelp(bool on) {
    m_settings->setValue(key(kSyslogRelpKey), on);
}
bool AppSettings::syslogTls() const {
    return m_settings->value(key(kSyslogTlsKey), false).toBool();
}
void AppSettings::setSyslogTls(bool on) {
    m_settings->setValue(key(kSyslogTlsKey), on);
}

QStringList AppSettings::languages() {
    return {QString(), QStringLiteral("en_GB"), QStringLiteral("cy")};
}
QString AppSettings::language() const {
    const QString l = m_settings->value(key(kLanguageKey)).toString();
    return languages().contains(l) ? l : QString();
}
void AppSettings::setLanguage(const QString& language) {
    m_settings->setValue(key(kLanguageKey), language);
}

int AppSettings::quorumTimeoutMinutes() const {
    bool ok = false;
    const int m = m_settings->value(key(kQuorumTimeoutKey), kDefaultQuorumTimeoutMinutes).toInt(&ok);
    return ok && checkQuorumTimeout(m).isEmpty() ? m : kDefaultQuorumTimeoutMinutes;
}
void AppSettings::setQuorumTimeoutMinutes(int minutes) {
    m_settings->setValue(key(kQuorumTimeoutKey), minutes);
}

QByteArray AppSettings::windowGeometry() const {
    return m_settings->value(key(kWindowGeometryKey)).toByteArray();
}

void AppSettings::setWindowGeometry(const QByteArray& geometry) {
    m_settings->setValue(key(kWindowGeometryKey), geometry);
}

void AppSettings::sync() {
    m_settings->sync();
}

QString AppSettings::checkModulePath(const QString& path) {
    if (path.trimmed().isEmpty())
        return tr("Enter the path of the PKCS#11 module (for SoftHSM2: %1).").arg(defaultModulePath());
    const QFileInfo f(path);
    if (!f.isAbsolute())
        return tr("The PKCS#11 module path must be absolute (start with /).");
    if (!f.exists())
        return tr("There is no file at %1: install the module or correct the path.").arg(path);
    if (!f.isFile() || !f.isReadable())
        return tr("%1 is not a readable file: choose the module's .so file.").arg(path);
    return {};
}

QString AppSettings::checkTokenUri(const QString& uri) {
    if (uri.isEmpty())
        return {};
    if (auto s = hsm::Pkcs11Uri::checkTokenUri(uri); !s)
        return s.error().message;
    return {};
}

QString AppSettings::checkTsaUrl(const QString& url) {
    if (url.isEmpty())
        return {};
    const QUrl u(url, QUrl::StrictMode);
    if (!u.isValid() || u.scheme() != QLatin1String("http") || u.host().isEmpty())
        return tr("The time-stamping authority's address must be an http:// URL with a host name (its "
                  "answers are signed, so TLS is not needed).");
    return {};
}

QString AppSettings::checkSyslogHost(const QString& host) {
    if (host.isEmpty())
        return {};
    if (host != host.trimmed() || host.contains(QLatin1Char(' ')))
        return tr("The collector's host name cannot contain spaces.");
    // An IPv6 literal, an IPv4 address, or a DNS name (RFC 1123 labels).
    static const QRegularExpression ipv6(QStringLiteral("^\\[?[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*\\]?$"));
    static const QRegularExpression ipv4(QStringLiteral("^[0-9.]+$"));
    static const QRegularExpression name(
        QStringLiteral("^(?=.{1,253}$)([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)(\\.[A-Za-z0-9]([A-Za-z0-"
                       "9-]{0,61}[A-Za-z0-9])?)*\\.?$"));
    if (host.contains(QLatin1Char(':'))) {
        if (host.contains(QLatin1String(":::")) || !ipv6.match(host).hasMatch())
            return tr("\"%1\" is not an IPv6 address.").arg(host);
        return {};
    }
    if (ipv4.match(host).hasMatch()) {
        const QStringList parts = host.split(QLatin1Char('.'));
        bool good = parts.size() == 4;
        for (const QString& p : parts) {
            bool ok = false;
            good = good && !p.isEmpty() && p.size() <= 3 && p.toInt(&ok) <= 255 && ok;
        }
        return good ? QString() : tr("\"%1\" is not an IPv4 address (four numbers 0–255).").arg(host);
    }
    if (!name.match(host).hasMatch())
        return tr("\"%1\" is not a host name: use letters, digits, hyphens and dots (e.g. siem.example.net).")
            .arg(host);
    return {};
}

QString AppSettings::checkSyslogPort(int port) {
    if (port < 1 || port > 65535)
        return tr("The collector port must be between 1 and 65535.");
    return {};
}

QString AppSettings::checkSyslogTransport(bool relp, bool tls) {
    if (tls && !relp)
        return tr("TLS is available only with RELP: turn RELP on or TLS off.");
    return {};
}

QString AppSettings::checkLanguage(const QString& language) {
    if (!languages().contains(language))
        return tr("The language must be the system's, English (UK) or Cymraeg.");
    return {};
}

QString AppSettings::checkQuorumTimeout(int minutes) {
    if (minutes < kMinQuorumTimeoutMinutes || minutes > kMaxQuorumTimeoutMinutes)
        return tr("The quorum timeout must be between %1 and %2 minutes.")
            .arg(kMinQuorumTimeoutMinutes)
            .arg(kMaxQuorumTimeoutMinutes);
    return {};
}

} // namespace symbolon::ui
