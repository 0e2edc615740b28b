// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/phone/engine/AudioIo.h"

#include "models/phone/engine/DeviceAudio.h"
#include "models/phone/engine/FileAudio.h"

namespace ecoute::models::engine {

AudioIo::~AudioIo() = default;

std::unique_ptr<AudioIo> AudioIo::fromEnvironment()
{
    const QString choice = qEnvironmentVariable("ECOUTE_PHONE_AUDIO");
    const QLatin1String filePrefix("file:");
    if (choice.startsWith(filePrefix)) {
        const QString paths = choice.mid(filePrefix.size());
        const qsizetype colon = paths.indexOf(QLatin1Char(':'));
        if (colon > 0 && colon + 1 < paths.size())
            return std::make_unique<FileAudio>(paths.left(colon), paths.mid(colon + 1));
        qWarning("ECOUTE_PHONE_AUDIO must be file:<microphone.wav>:<recording.wav>; using the sound card");
    }
    return std::make_unique<DeviceAudio>();
}

} // namespace ecoute::models::engine
