# Sourced by «make run» before «broadcaster run»: make sure there is a sound output.
# A sound card, or a sound server with a real output, is used as it is. A machine with
# neither (a server, CI) gets a PulseAudio null sink named «station», and the daemon
# plays into it through the ALSA «pulse» device.
has_card() { [ -r /proc/asound/cards ] && ! grep -q "no soundcards" /proc/asound/cards; }
sinks() { pactl list short sinks 2>/dev/null; }

if ! has_card && ! sinks | grep -qv "	station	"; then
  if ! sinks | grep -q "	station	"; then
    echo "Không thấy card âm thanh: phát vào loa ảo PulseAudio «station» (null sink)." >&2
    pulseaudio -D --exit-idle-time=-1 -n --load="module-null-sink sink_name=station" \
      --load=module-native-protocol-unix 2>/dev/null || true
    sleep 1
  fi
  export PULSE_SINK=station
  export BROADCASTER_OUTPUT_DEVICE=pulse
fi
