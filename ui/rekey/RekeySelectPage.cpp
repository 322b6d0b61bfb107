#include "rekey/RekeySelectPage.h"

#include "common/DeviceText.h"
#include "common/OperationRunner.h"
#include "common/StatusColor.h"
#include "inventory/InventoryStore.h"
#include "rekey/RekeyWizard.h"
#include "store/Database.h"
#include "workspace/Workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace symbolon::ui {

using inventory::RotationFilter;

RekeySelectPage::RekeySelectPage(RekeyWizard* wizard) : QWizardPage(wizard), m_wizard(wizard) {
    setObjectName(QStringLiteral("rekeySelectPage"));
    setTitle(tr("Select the devices and keys"));
    setSubTitle(tr("Nothing is changed until the plan is created and the quorum approves it."));
    auto* layout = new QVBoxLayout(this);
    m_preselected = new QLabel(this);
    m_preselected->setTextFormat(Qt::RichText); // device ids and an escaped file name
    m_preselected->setObjectName(QStringLiteral("rekeyPreselected"));
    m_preselected->setWordWrap(true);
    m_preselected->hide();
    layout->addWidget(m_preselected);

    auto* form = new QFormLayout();
    auto combo = [this](const char* name, const QString& accessible) {
        auto* c = new QComboBox(this);
        c->setObjectName(QString::fromLatin1(name));
        c->setAccessibleName(accessible);
        return c;
    };
    m_rotation = combo("rekeyRotationFilter", tr("Post-commissioning rotation"));
    m_rotation->addItem(tr("Due or overdue"), int(RotationFilter::DueOrOverdue));
    m_rotation->addItem(tr("Due"), int(RotationFilter::Due));
    m_rotation->addItem(tr("Overdue"), int(RotationFilter::Overdue));
    m_rotation->addItem(tr("Done (needs a PMA instruction)"), int(RotationFilter::Done));
    m_rotation->addItem(tr("Any"), int(RotationFilter::Any));
    form->addRow(tr("&Rotation:"), m_rotation);
    m_cohort = combo("rekeyCohortFilter", tr("Cohort"));
    m_cohort->addItem(tr("All cohorts"));
    m_cohort->addItem(QStringLiteral("IOC"), int(policy::Cohort::IOC));
    m_cohort->addItem(QStringLiteral("FOC"), int(policy::Cohort::FOC));
    form->addRow(tr("&Cohort:"), m_cohort);
    m_s1sp = combo("rekeyS1spFilter", tr("S1SP"));
    m_s1sp->addItem(tr("All S1SPs"));
    form->addRow(tr("&S1SP:"), m_s1sp);
    m_type = combo("rekeyTypeFilter", tr("Device type"));
    m_type->addItem(tr("All types"));
    for (policy::DeviceType t : policy::kAllDeviceTypes)
        m_type->addItem(policy::deviceTypeCode(t), int(t));
    form->addRow(tr("Device &type:"), m_type);
    auto* fileRow = new QHBoxLayout();
    m_listFile = new QLineEdit(this);
    m_listFile->setObjectName(QStringLiteral("rekeyDeviceListFile"));
    m_listFile->setAccessibleName(tr("Device-list file"));
    m_listFile->setPlaceholderText(tr("Optional: a file with one device ID per line"));
    fileRow->addWidget(m_listFile, 1);
    m_browse = new QPushButton(tr("&Browse…"), this);
    m_browse->setObjectName(QStringLiteral("rekeyDeviceListBrowse"));
    m_browse->setAccessibleName(tr("Choose a device-list file"));
    fileRow->addWidget(m_browse);
    auto* listLabel = new QLabel(tr("Device &list:"), this); // a layout row gets no buddy: "&" showed
    listLabel->setBuddy(m_listFile);
    form->addRow(listLabel, fileRow);
    auto* kinds = new QHBoxLayout();
    m_ak = new QCheckBox(tr("AK (4 clients)"), this);
    m_ak->setObjectName(QStringLiteral("rekeyKindAk"));
    m_ak->setAccessibleName(tr("Replace the authentication keys"));
    m_ak->setChecked(true);
    m_guek = new QCheckBox(tr("GUEK (4 clients)"), this);
    m_guek->setObjectName(QStringLiteral("rekeyKindGuek"));
    m_guek->setAccessibleName(tr("Replace the global unicast encryption keys"));
    m_guek->setChecked(true);
    m_mk = new QCheckBox(tr("MK (where the device supports it)"), this);
    m_mk->setObjectName(QStringLiteral("rekeyKindMk"));
    m_mk->setAccessibleName(tr("Replace the master key"));
    kinds->addWidget(m_ak);
    kinds->addWidget(m_guek);
    kinds->addWidget(m_mk);
    kinds->addStretch(1);
    form->addRow(tr("Keys:"), kinds);
    layout->addLayout(form);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("rekeySelectError"));
    m_error->setStyleSheet(statusStyleSheet(StatusTone::Error));
    m_error->setWordWrap(true);
    layout->addWidget(m_error);
    layout->addStretch(1);

    for (QCheckBox* c : {m_ak, m_guek, m_mk})
        connect(c, &QCheckBox::toggled, this, &QWizardPage::completeChanged);
    connect(m_browse, &QPushButton::clicked, this, &RekeySelectPage::browse);

    // The S1SP names, read off the GUI thread on a read-only connection.
    workspace::Workspace* ws = &wizard->workspace();
    const auto done = [this](QStringList result) {
        for (const QString& s : result)
            m_s1sp->addItem(s, s);
    };
    OperationRunner::start(
        this,
        [ws] {
            auto db = ws->openConnection(true);
            if (!db)
                return QStringList();
            auto s = inventory::InventoryStore(**db).s1sps();
            return s ? *s : QStringList();
        },
        done);
}

void RekeySelectPage::showPreselection() {
    const QStringList& ids = m_wizard->preselectedDevices();
    if (ids.isEmpty()) {
        m_preselected->hide();
        return;
    }
    QStringList shown;
    for (const QString& id : ids.mid(0, 5))
        shown << dashedDeviceId(id);
    m_preselected->setText(tr("<b>Devices:</b> %1%2 (from %3). The filters below still apply; rotation is "
                              "set to any.")
                               .arg(shown.join(QStringLiteral(", ")),
                                    ids.size() > 5 ? tr(" and %1 more").arg(ids.size() - 5) : QString(),
                                    m_wizard->preselectedSource().toHtmlEscaped()));
    m_preselected->show();
    m_rotation->setCurrentIndex(m_rotation->findData(int(RotationFilter::Any)));
    m_listFile->setEnabled(false);
    m_browse->setEnabled(false);
}

void RekeySelectPage::browse() {
    const QString file = QFileDialog::getOpenFileName(this, tr("Device list"), QString(),
                                                      tr("Text (*.txt *.csv);;All files (*)"));
    if (!file.isEmpty())
        m_listFile->setText(file);
}

bool RekeySelectPage::isComplete() const {
    return m_ak->isChecked() || m_guek->isChecked() || m_mk->isChecked();
}

bool RekeySelectPage::validatePage() {
    rekey::RekeyRequest r;
    r.filter.rotation = static_cast<RotationFilter>(m_rotation->currentData().toInt());
    if (m_cohort->currentIndex() > 0)
        r.filter.cohort = static_cast<policy::Cohort>(m_cohort->currentData().toInt());
    if (m_s1sp->currentIndex() > 0)
        r.filter.s1sp = m_s1sp->currentData().toString();
    if (m_type->currentIndex() > 0)
        r.filter.type = static_cast<policy::DeviceType>(m_type->currentData().toInt());
    r.kinds.ak = m_ak->isChecked();
    r.kinds.guek = m_guek->isChecked();
    r.kinds.mk = m_mk->isChecked();
    if (!m_wizard->preselectedDevices().isEmpty()) {
        r.deviceIds = m_wizard->preselectedDevices();
        r.listSource = m_wizard->preselectedSource();
    } else if (const QString path = m_listFile->text().trimmed(); !path.isEmpty()) {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) {
            m_error->setText(tr("Cannot read the device list %1: %2.").arg(path, f.errorString()));
            return false;
        }
        auto ids = rekey::parseDeviceList(f.readAll());
        if (!ids) {
            m_error->setText(ids.error().message);
            return false;
        }
        r.deviceIds = *ids;
        r.listSource = QFileInfo(path).fileName();
    }
    m_error->clear();
    // Keep what a later page set (justification) if the user comes back here.
    r.instruction = m_wizard->request().instruction;
    r.reason = m_wizard->request().reason;
    m_wizard->request() = r;
    return true;
}

} // namespace symbolon::ui
