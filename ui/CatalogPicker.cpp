#include "CatalogPicker.h"

#include "AppSettings.h"
#include "LatestReply.h"
#include "procore/ApiReply.h"

#include <QInputDialog>

namespace hoist::ui {

namespace {
constexpr qint64 kNewItem = -1; // the "New …" entry

AppSettings::ProjectChoice choiceOf(DestinationCatalog::Kind kind)
{
    return kind == DestinationCatalog::Kind::Albums ? AppSettings::ProjectChoice::Album
                                                    : AppSettings::ProjectChoice::DrawingSet;
}
} // namespace

CatalogPicker::CatalogPicker(DestinationCatalog::Kind kind, Texts texts, QWidget *parent)
    : QComboBox(parent)
    , m_kind(kind)
    , m_texts(std::move(texts))
    , m_reply(new LatestReply(this))
{
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(16);
    connect(m_reply, &LatestReply::busyChanged, this, &CatalogPicker::loadingChanged);
    connect(this, &QComboBox::activated, this, &CatalogPicker::onActivated);
    connect(this, &QComboBox::currentIndexChanged, this, [this] {
        if (currentId() >= 0 && m_catalog.isValid() && !isLoading())
            remember(currentId());
        Q_EMIT changed();
    });
}

bool CatalogPicker::isLoading() const
{
    return m_reply->isBusy();
}

qint64 CatalogPicker::currentId() const
{
    return currentData().toLongLong();
}

void CatalogPicker::remember(qint64 id) const
{
    AppSettings::remember(choiceOf(m_kind), m_catalog.projectId(), id);
}

void CatalogPicker::load(const DestinationCatalog &catalog, qint64 select)
{
    m_catalog = catalog;
    m_reply->abort();
    {
        const QSignalBlocker blocker(this);
        clear();
    }
    if (!catalog.isValid())
        return;
    setPlaceholderText(m_texts.loading);
    m_reply->start(catalog.list(m_kind), [this, select](ApiReply *reply) {
        if (!reply->isOk()) {
            Q_EMIT statusChanged(m_texts.loadFailed.arg(reply->error().describe()), true);
            return;
        }
        const qint64 wanted =
            select ? select : AppSettings::remembered(choiceOf(m_kind), m_catalog.projectId()).toLongLong();
        {
            const QSignalBlocker blocker(this);
            if (!m_texts.none.isEmpty())
                addItem(m_texts.none, QVariant::fromValue(qint64(0)));
            for (const NamedItem &item : DestinationCatalog::items(reply))
                addItem(item.name, QVariant::fromValue(item.id));
            insertSeparator(count());
            addItem(m_texts.newItem, QVariant::fromValue(kNewItem));
            const int found = findData(QVariant::fromValue(wanted));
            setCurrentIndex(found >= 0 ? found : 0);
        }
        // A set just made is remembered as the set of this project (an album, when chosen again).
        if (select && m_kind == DestinationCatalog::Kind::DrawingSets)
            remember(select);
        Q_EMIT changed();
    });
}

QString CatalogPicker::askName()
{
    QInputDialog dialog(this);
    dialog.setObjectName(m_texts.dialogName);
    dialog.setWindowTitle(m_texts.dialogTitle);
    dialog.setLabelText(m_texts.dialogLabel);
    dialog.setOkButtonText(tr("C&reate"));
    const QString name = dialog.exec() == QDialog::Accepted ? dialog.textValue().trimmed() : QString();
    if (name.isEmpty() || !m_catalog.isValid()) {
        const QSignalBlocker blocker(this);
        setCurrentIndex(0); // back from "New …"
        Q_EMIT changed();
        return {};
    }
    return name;
}

void CatalogPicker::onActivated(int index)
{
    if (itemData(index).toLongLong() != kNewItem)
        return;
    const QString name = askName();
    if (name.isEmpty())
        return;
    Q_EMIT statusChanged(m_texts.creating.arg(name), false);
    const bool isPrivate = m_isPrivate && m_isPrivate();
    m_reply->start(m_catalog.create(m_kind, name, isPrivate), [this, name](ApiReply *reply) {
        if (!reply->isOk()) {
            Q_EMIT statusChanged(m_texts.createFailed.arg(name, reply->error().describe()), true);
            load(m_catalog);
            return;
        }
        Q_EMIT statusChanged({}, false);
        load(m_catalog, DestinationCatalog::created(reply).id);
    });
    Q_EMIT changed();
}

} // namespace hoist::ui
