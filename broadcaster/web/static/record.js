// «Ghi âm» in the segment form: record from the microphone, listen back, record again;
// the recording goes into the form's audio file field as a WAV and is saved with the form.
(function () {
  var startBtn = document.getElementById("rec-start");
  if (!startBtn) { return; }
  var stopBtn = document.getElementById("rec-stop");
  var clock = document.getElementById("rec-time");
  var preview = document.getElementById("rec-preview");
  var input = document.querySelector("input[name=audio_file]");
  var ctx = null, stream = null, chunks = [], rate = 0, began = 0, timer = null;
  window.recState = "idle";  // read by the browser tests

  function pad(n) { return (n < 10 ? "0" : "") + n; }
  function wav(parts, sampleRate) {
    // 16-bit mono PCM; 44.1/48 kHz is halved (speech needs no more, the file is half as big).
    var total = 0;
    parts.forEach(function (p) { total += p.length; });
    var pcm = new Int16Array(total), at = 0;
    parts.forEach(function (p) { pcm.set(p, at); at += p.length; });
    var step = sampleRate >= 44100 ? 2 : 1;
    var n = Math.floor(pcm.length / step), outRate = sampleRate / step;
    var buf = new ArrayBuffer(44 + n * 2), v = new DataView(buf);
    function text(o, s) { for (var i = 0; i < s.length; i++) { v.setUint8(o + i, s.charCodeAt(i)); } }
    text(0, "RIFF"); v.setUint32(4, 36 + n * 2, true); text(8, "WAVE"); text(12, "fmt ");
    v.setUint32(16, 16, true); v.setUint16(20, 1, true); v.setUint16(22, 1, true);
    v.setUint32(24, outRate, true); v.setUint32(28, outRate * 2, true);
    v.setUint16(32, 2, true); v.setUint16(34, 16, true); text(36, "data"); v.setUint32(40, n * 2, true);
    for (var k = 0; k < n; k++) {
      var s = step === 2 ? (pcm[2 * k] + pcm[2 * k + 1]) / 2 : pcm[k];
      v.setInt16(44 + k * 2, s, true);
    }
    return new Blob([buf], { type: "audio/wav" });
  }
  function tick() {
    var s = Math.floor((Date.now() - began) / 1000);
    clock.textContent = "● Đang ghi " + Math.floor(s / 60) + ":" + pad(s % 60);
  }
  async function start() {
    if (!navigator.mediaDevices || !window.AudioWorkletNode) {
      clock.textContent = "Trình duyệt này không cho dùng micrô ở đây (cần HTTPS hoặc dùng trên máy đài).";
      return;
    }
    try {
      stream = await navigator.mediaDevices.getUserMedia({ audio: { echoCancellation: true, noiseSuppression: true } });
    } catch (e) {
      clock.textContent = "Không dùng được micrô (" + e.name + "). Hãy cho phép trang dùng micrô.";
      return;
    }
    ctx = new AudioContext();
    await ctx.audioWorklet.addModule("/tep/mic-worklet.js");
    var node = new AudioWorkletNode(ctx, "mic-chunks");
    var mute = ctx.createGain();
    mute.gain.value = 0;
    ctx.createMediaStreamSource(stream).connect(node).connect(mute).connect(ctx.destination);
    chunks = [];
    rate = ctx.sampleRate;
    node.port.onmessage = function (ev) { chunks.push(new Int16Array(ev.data.pcm)); };
    began = Date.now();
    timer = setInterval(tick, 250);
    tick();
    startBtn.hidden = true;
    stopBtn.hidden = false;
    preview.hidden = true;
    window.recState = "recording";
  }
  function stop() {
    clearInterval(timer);
    if (stream) { stream.getTracks().forEach(function (t) { t.stop(); }); stream = null; }
    if (ctx) { ctx.close(); ctx = null; }
    var blob = wav(chunks, rate);
    var now = new Date();
    var stamp = pad(now.getHours()) + "-" + pad(now.getMinutes()) + "-" + pad(now.getDate()) + "-" + pad(now.getMonth() + 1);
    var file = new File([blob], "ghi-am-" + stamp + ".wav", { type: "audio/wav" });
    var dt = new DataTransfer();
    dt.items.add(file);
    input.files = dt.files;
    var radio = document.querySelector("input[name=source][value=audio]");
    if (radio) { radio.checked = true; radio.dispatchEvent(new Event("change", { bubbles: true })); }
    var title = document.querySelector("input[name=title]");
    if (title && !title.value.trim()) {  // the station's clock, wherever the browser is
      var tz = document.querySelector(".recorder").getAttribute("data-tz") || undefined;
      var when = new Intl.DateTimeFormat("vi-VN", {
        timeZone: tz, hour: "2-digit", minute: "2-digit", day: "2-digit", month: "2-digit", year: "numeric", hour12: false
      }).formatToParts(now);
      var part = function (type) { var f = when.find(function (p) { return p.type === type; }); return f ? f.value : ""; };
      title.value = "Ghi âm " + part("hour") + ":" + part("minute") + " ngày " + part("day") + "/" + part("month") + "/" + part("year");
    }
    if (preview.src) { URL.revokeObjectURL(preview.src); }
    preview.src = URL.createObjectURL(blob);
    preview.hidden = false;
    var seconds = Math.round((Date.now() - began) / 1000);
    clock.textContent = "Đã ghi " + seconds + " giây. Bấm ▶ để nghe lại; chưa ưng thì bấm «Ghi âm» để ghi lại.";
    startBtn.textContent = "Ghi âm";
    startBtn.hidden = false;
    stopBtn.hidden = true;
    window.recState = "recorded";
  }
  startBtn.addEventListener("click", function () { start(); });
  stopBtn.addEventListener("click", stop);
})();
