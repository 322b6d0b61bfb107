#include "overview/OverviewView.h"

#include "common/DatabaseReader.h"
#include "common/DeviceText.h"
#include "common/OperationRunner.h"
#include "common/PlainTextGuard.h"
#include "common/RoleText.h"
#include "common/StatusColor.h"
#include "overview/RekeyRunsChart.h"
#include "overview/RotationComplianceChart.h"
#include "overview/StatCard.h"
#include "policy/RiskReviewClock.h"
#include "store/Database.h"
#include "workspace/RiskReviewStore.h"
#include "workspace/Workspace.h"

#include <QGridLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QTableWidget>
#include <QVBoxLayout>

namespace symbolon::ui {

namespace {
QLabel* sectionHeading(const QString& text, QWidget* parent) {
    auto* l = new QLabel(text, parent);
    QFont f = l->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.25);
    l->setFont(f);
    return l;
}

QTableWidgetItem* numberItem(qint64 n, const QColor& color = {}) {
    auto* item = new QTableWidgetItem(QLocale().toString(n));
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    if (color.isValid() && n > 0)
        item->setForeground(color);
    return item;
}

QTableWidget* makeTable(const QString& objectName, const QStringList& headers, int stretchColumn,
                        QWidget* parent) {
    auto* t = new QTableWidget(0, int(headers.size()), parent);
    t->setObjectName(objectName);
    t->setHorizontalHeaderLabels(headers);
    t->verticalHeader()->hide();
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionMode(QAbstractItemView::NoSelection);
    t->setFocusPolicy(Qt::NoFocus);
    t->setAlternatingRowColors(true);
    // One column takes the spare width; the others fit their contents.
    t->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    t->horizontalHeader()->setSectionResizeMode(stretchColumn, QHeaderView::Stretch);
    t->horizontalHeader()->setMinimumSectionSize(70);
    t->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    t->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    t->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Maximum);
    return t;
}
} // namespace

OverviewView::OverviewView(workspace::Workspace& ws, DatabaseReader& reader, QWidget* parent)
    : QWidget(parent), m_ws(ws), m_reader(reader) {
    PlainTextGuard::install(); // data in labels, message boxes and tooltips is plain text
    setObjectName(QStringLiteral("overviewView"));
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("overviewScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    outer->addWidget(scroll);
    auto* page = new QWidget(scroll);
    scroll->setWidget(page);
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->setSpacing(12);

    layout->addWidget(sectionHeading(tr("Post-commissioning rotation — CKMP (b)(iii)"), page));
    auto* explain =
        new QLabel(tr("Every device's keys must be rotated within 7 days of commissioning."), page);
    explain->setWordWrap(true);
    layout->addWidget(explain);

    auto* cards = new QGridLayout();
    cards->setSpacing(12);
    m_total = new StatCard(QStringLiteral("overviewTotal"), tr("Devices"), tr("in the inventory"), page);
    m_due = new StatCard(QStringLiteral("overviewDue"), tr("Due within 7 days"),
                         tr("not rotated yet, deadline ahead"), page);
    m_overdue = new StatCard(QStringLiteral("overviewOverdue"), tr("Overdue"),
                             tr("7-day deadline passed without rotation"), page);
    m_done = new StatCard(QStringLiteral("overviewDone"), tr("Done"), tr("rotation recorded"), page);
    int col = 0;
    for (StatCard* c : {m_total, m_due, m_overdue, m_done}) {
        cards->addWidget(c, 0, col);
        cards->setColumnStretch(col++, 1);
    }
    layout->addLayout(cards);

    m_error = new QLabel(page);
    m_error->setObjectName(QStringLiteral("overviewError"));
    m_error->setStyleSheet(QStringLiteral("color: %1;").arg(statusColorName(StatusTone::Error)));
    m_error->setWordWrap(true);
    m_error->hide();
    layout->addWidget(m_error);

    auto* middle = new QHBoxLayout();
    middle->setSpacing(12);
    auto* byS1sp = new QGroupBox(tr("By S1SP and cohort"), page);
    byS1sp->setObjectName(QStringLiteral("overviewByS1spBox"));
    auto* byLayout = new QVBoxLayout(byS1sp);
    m_rotationTable =
        makeTable(QStringLiteral("overviewRotationTable"),
                  {tr("S1SP"), tr("Cohort"), tr("Devices"), tr("Due"), tr("Overdue"), tr("Done")}, 0, byS1sp);
    byLayout->addWidget(m_rotationTable);
    middle->addWidget(byS1sp, 3);

    auto* side = new QVBoxLayout();
    side->setSpacing(12);
    side->addWidget(buildProgress());
    side->addWidget(buildRiskReview());
    side->addWidget(buildProfile());
    side->addStretch();
    middle->addLayout(side, 2);
    layout->addLayout(middle);

    auto* charts = new QHBoxLayout();
    charts->setSpacing(12);
    m_complianceChart = new RotationComplianceChart(page);
    charts->addWidget(m_complianceChart, 3);
    m_rekeyRunsChart = new RekeyRunsChart(page);
    charts->addWidget(m_rekeyRunsChart, 2);
    layout->addLayout(charts);

    auto* tokens = new QGroupBox(tr("Cards and tokens"), page);
    tokens->setObjectName(QStringLiteral("overviewCardsBox"));
    auto* tokensLayout = new QVBoxLayout(tokens);
    m_cardsTable =
        makeTable(QStringLiteral("overviewCardsTable"),
                  {tr("Holder"), tr("Role"), tr("Card"), tr("Serial"), tr("Present"), tr("PIN")}, 5, tokens);
    tokensLayout->addWidget(m_cardsTable);
    layout->addWidget(tokens);
    layout->addStretch(1);

    connect(&m_reader, &DatabaseReader::rotationSummaryReady, this, &OverviewView::onRotationSummary);
    connect(&m_reader, &DatabaseReader::rotationComplianceReady, this, &OverviewView::onRotationCompliance);
    connect(&m_reader, &DatabaseReader::rekeyRunsReady, this, &OverviewView::onRekeyRuns);
    connect(&m_reader, &DatabaseReader::siteProgressReady, this, &OverviewView::onSiteProgress);
    connect(&m_reader, &DatabaseReader::failed, this, &OverviewView::onFailed);
    refresh();
}

OverviewView::~OverviewView() {
    if (m_reviewRead)
        m_reviewRead->waitForFinished();
}

QWidget* OverviewView::buildProgress() {
    auto* box = new QGroupBox(tr("Site progress"), this);
    box->setObjectName(QStringLiteral("overviewProgressBox"));
    auto* l = new QVBoxLayout(box);
    m_progress = new QLabel(tr("Reading the journal and the inventory…"), box);
    m_progress->setObjectName(QStringLiteral("overviewProgress"));
    m_progress->setTextFormat(Qt::PlainText);
    m_progress->setWordWrap(true);
    m_progress->setTextInteractionFlags(Qt::TextSelectableByMouse);
    l->addWidget(m_progress);
    m_next = new QLabel(box);
    m_next->setObjectName(QStringLiteral("overviewNext"));
    m_next->setTextFormat(Qt::PlainText);
    m_next->setWordWrap(true);
    QFont f = m_next->font();
    f.setBold(true);
    m_next->setFont(f);
    l->addWidget(m_next);
    return box;
}

void OverviewView::onSiteProgress(quint64 id, const audit::SiteProgress& p) {
    if (id != m_progressRequest)
        return;
    m_progress->setText(p.steps().join(QLatin1Char('\n')));
    m_next->setText(p.next());
}

QWidget* OverviewView::buildRiskReview() {
    auto* box = new QGroupBox(tr("Next risk review (5-yearly)"), this);
    box->setObjectName(QStringLiteral("overviewRiskReviewBox"));
    auto* l = new QVBoxLayout(box);
    // Filled by loadRiskReview() from the risk_reviews table (read off the GUI thread).
    auto* label = new QLabel(tr("Reading the last risk review…"), box);
    label->setObjectName(QStringLiteral("overviewRiskReview"));
    label->setWordWrap(true);
    QFont f = label->font();
    f.setPointSizeF(f.pointSizeF() * 1.15);
    label->setFont(f);
    label->setTextFormat(Qt::RichText);
    m_riskReview = label;
    l->addWidget(label);
    return box;
}

QWidget* OverviewView::buildProfile() {
    const workspace::WorkspaceConfig& c = m_ws.config();
    auto* box = new QGroupBox(tr("Policy profile"), this);
    box->setObjectName(QStringLiteral("overviewProfileBox"));
    auto* l = new QVBoxLayout(box);
    auto* label = new QLabel(box);
    label->setObjectName(QStringLiteral("overviewProfile"));
    label->setWordWrap(true);
    label->setTextFormat(Qt::RichText);
    const QString profile =
        c.isDevelopment()
            ? tr("<b>Development</b>: SoftHSM2 allowed, clear-key fallbacks allowed and labelled")
            : tr("<b>Production</b>: FIPS 140-2 Level 3 key token required; no fallbacks");
    label->setText(
        tr("%1<br>Quorum: %2 of %3 custodian cards<br>Key token: %4")
            .arg(profile)
            .arg(c.quorumK)
            .arg(c.quorumN)
            .arg(c.keyTokenLabel.isEmpty() ? tr("not configured") : c.keyTokenLabel.toHtmlEscaped()));
    l->addWidget(label);
    return box;
}

void OverviewView::refresh() {
    m_summaryRequest = m_reader.requestRotationSummary();
    m_complianceRequest = m_reader.requestRotationCompliance(RotationComplianceChart::kWeeks);
    m_rekeyRunsRequest = m_reader.requestRekeyRuns(RekeyRunsChart::kRuns);
    m_progressRequest = m_reader.requestSiteProgress();
    loadCards();
    loadRiskReview();
}

void OverviewView::loadRiskReview() {
    using Latest = Result<std::optional<workspace::RiskReview>>;
    const auto done = [this](std::shared_ptr<Latest> result) {
        const std::shared_ptr<Latest> r = result;
        const QDate today = QDateTime::currentDateTimeUtc().date();
        const QDateTime created = m_ws.config().createdAt;
        std::optional<QDate> last;
        QString who;
        if (r->ok() && r->value()) {
            last = r->value()->reviewedOn;
            who = tr("Last review %1 (%2), recorded by %3.")
                      .arg(last->toString(Qt::ISODate), r->value()->reference.toHtmlEscaped(),
                           r->value()->reviewer.toHtmlEscaped());
        }
        auto clock = policy::RiskReviewClock::make(created.toUTC().date(), last);
        QString text;
        QColor color;
        if (!r->ok()) {
            text = tr("The risk review record cannot be read: %1").arg(r->error().message.toHtmlEscaped());
            color = rotationStateColor(RotationState::Overdue);
        } else if (!clock) {
            text = tr("No review recorded — %1").arg(clock.error().message.toHtmlEscaped());
        } else {
            const QDate due = clock->nextDue();
            const policy::RiskReviewStatus status = clock->status(today);
            const QString dueText = QLocale().toString(due, QLocale::LongFormat);
            if (clock->neverReviewed())
                text = tr("No review recorded — first due by <b>%1</b>").arg(dueText);
            else
                text = tr("Next due by <b>%1</b> (%2)").arg(dueText, due.toString(Qt::ISODate));
            if (status == policy::RiskReviewStatus::Overdue)
                text += tr(" — <b>overdue</b>");
            else if (status == policy::RiskReviewStatus::DueSoon)
                text += tr(" — due within %n day(s)", nullptr, int(policy::RiskReviewClock::kDueSoonDays));
            if (!who.isEmpty())
                text += QStringLiteral("<br>") + who;
            color = status == policy::RiskReviewStatus::Overdue   ? rotationStateColor(RotationState::Overdue)
                    : status == policy::RiskReviewStatus::DueSoon ? rotationStateColor(RotationState::Due)
                                                                  : QColor();
            m_riskReview->setToolTip(clock->explain(today));
        }
        m_riskReview->setText(text);
        m_riskReview->setStyleSheet(color.isValid() ? QStringLiteral("color: %1;").arg(color.name())
                                                    : QString());
        m_reviewLoaded = true;
        checkLoaded();
    };
    workspace::Workspace* ws = &m_ws;
    m_reviewRead = OperationRunner::start(
        this,
        [ws] {
            auto db = ws->openConnection(true);
            if (!db)
                return std::make_shared<Latest>(db.error());
            return std::make_shared<Latest>(workspace::RiskReviewStore::latest(**db));
        },
        done);
}

void OverviewView::loadCards() {
    // Workspace::cards talks to the PKCS#11 module: never on the GUI thread.
    using Cards = Result<QVector<workspace::Workspace::Card>>;
    const auto done = [this](std::shared_ptr<Cards> result) {
        const std::shared_ptr<Cards> r = result;
        m_cardsTable->setRowCount(0);
        if (!r->ok()) {
            m_error->setText(tr("Could not list the cards: %1").arg(r->error().message));
            m_error->show();
        } else {
            for (const workspace::Workspace::Card& c : m_ws.withRegisterNames(r->value())) {
                const int row = m_cardsTable->rowCount();
                m_cardsTable->insertRow(row);
                m_cardsTable->setItem(row, 0, new QTableWidgetItem(c.keyslot.holder));
                m_cardsTable->setItem(row, 1, new QTableWidgetItem(roleText(c.keyslot.role)));
                m_cardsTable->setItem(row, 2,
                                      new QTableWidgetItem(c.present ? c.token.label : c.keyslot.tokenLabel));
                m_cardsTable->setItem(row, 3, new QTableWidgetItem(c.keyslot.tokenSerial));
                auto* present = new QTableWidgetItem(c.present ? tr("Present") : tr("Absent"));
                present->setForeground(c.present ? rotationStateColor(RotationState::Done)
                                                 : palette().color(QPalette::PlaceholderText));
                m_cardsTable->setItem(row, 4, present);
                QString pin = tr("—");
                QColor pinColor;
                if (c.present) {
                    if (c.token.pinLocked) {
                        pin = tr("LOCKED");
                        pinColor = rotationStateColor(RotationState::Overdue);
                    } else if (c.token.pinFinalTry) {
                        pin = tr("Final try left");
                        pinColor = rotationStateColor(RotationState::Overdue);
                    } else if (c.token.pinCountLow) {
                        pin = tr("Count low (wrong PIN entered)");
                        pinColor = rotationStateColor(RotationState::Due);
                    } else {
                        pin = tr("OK");
                    }
                }
                auto* pinItem = new QTableWidgetItem(pin);
                if (pinColor.isValid())
                    pinItem->setForeground(pinColor);
                m_cardsTable->setItem(row, 5, pinItem);
            }
        }
        m_cardsLoaded = true;
        checkLoaded();
    };
    const QString dir = m_ws.dir();
    OperationRunner::start(
        this,
        [dir, machine = m_ws.machine()] {
            return std::make_shared<Cards>(workspace::Workspace::cards(dir, machine));
        },
        done);
}

void OverviewView::onRotationSummary(quint64 id, const QVector<inventory::RotationCounts>& counts) {
    if (id != m_summaryRequest)
        return;
    qint64 total = 0, due = 0, overdue = 0, done = 0;
    m_rotationTable->setRowCount(0);
    for (const inventory::RotationCounts& c : counts) {
        total += c.total;
        due += c.due;
        overdue += c.overdue;
        done += c.done;
        const int row = m_rotationTable->rowCount();
        m_rotationTable->insertRow(row);
        m_rotationTable->setItem(row, 0, new QTableWidgetItem(c.s1sp));
        m_rotationTable->setItem(row, 1, new QTableWidgetItem(policy::cohortCode(c.cohort)));
        m_rotationTable->setItem(row, 2, numberItem(c.total));
        m_rotationTable->setItem(row, 3, numberItem(c.due, rotationStateColor(RotationState::Due)));
        m_rotationTable->setItem(row, 4, numberItem(c.overdue, rotationStateColor(RotationState::Overdue)));
        m_rotationTable->setItem(row, 5, numberItem(c.done, rotationStateColor(RotationState::Done)));
    }
    const QLocale locale;
    m_total->setValue(locale.toString(total));
    m_due->setValue(locale.toString(due), due ? rotationStateColor(RotationState::Due) : QColor());
    m_overdue->setValue(locale.toString(overdue),
                        overdue ? rotationStateColor(RotationState::Overdue) : QColor());
    m_done->setValue(locale.toString(done), done ? rotationStateColor(RotationState::Done) : QColor());
    m_rotationLoaded = true;
    checkLoaded();
}

void OverviewView::onRotationCompliance(quint64 id, const QVector<inventory::RotationComplianceWeek>& weeks) {
    if (id != m_complianceRequest)
        return;
    m_complianceChart->setWeeks(weeks);
    m_complianceLoaded = true;
    checkLoaded();
}

void OverviewView::onRekeyRuns(quint64 id, const QVector<rekey::RekeyRunSummary>& runs) {
    if (id != m_rekeyRunsRequest)
        return;
    m_rekeyRunsChart->setRuns(runs);
    m_rekeyRunsLoaded = true;
    checkLoaded();
}

void OverviewView::onFailed(quint64 id, const QString& message) {
    if (id != m_summaryRequest && id != m_complianceRequest && id != m_rekeyRunsRequest && id != 0)
        return;
    if (id == m_complianceRequest || id == 0)
        m_complianceLoaded = true;
    if (id == m_rekeyRunsRequest || id == 0)
        m_rekeyRunsLoaded = true;
    m_error->setText(tr("Could not read the inventory: %1").arg(message));
    m_error->show();
    m_rotationLoaded = true;
    checkLoaded();
}

void OverviewView::checkLoaded() {
    if (isLoaded() && !m_announced) {
        m_announced = true;
        Q_EMIT loaded();
    }
}

} // namespace symbolon::ui
