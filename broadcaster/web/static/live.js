// «Phát trực tiếp»: the microphone, through an AudioWorklet, to the console's WebSocket.
(function () {
  var startBtn = document.getElementById("live-start");
  if (!startBtn) { return; }
  var stopBtn = document.getElementById("live-stop");
  var status = document.getElementById("live-status");
  var meter = document.getElementById("live-meter");
  var ws = null, ctx = null, stream = null, finished = false;
  window.liveState = "idle";  // read by the browser tests and the bench

  function say(text, kind) {
    status.textContent = text;
    status.className = "flash " + (kind || "ok");
    status.hidden = false;
  }
  function release() {
    if (stream) { stream.getTracks().forEach(function (t) { t.stop(); }); stream = null; }
    if (ctx) { ctx.close(); ctx = null; }
    meter.hidden = true;
    stopBtn.hidden = true;
    startBtn.hidden = false;
    startBtn.disabled = false;
  }
  function onMessage(ev) {
    var m = JSON.parse(ev.data);
    window.liveState = m.state;
    if (m.state === "waiting") {
      say("Đang chờ lên loa (chuông báo đang vang)…", "warn");
    } else if (m.state === "on-air") {
      say("● ĐANG PHÁT — mời nói. Bấm «Dừng phát» khi xong.", "error");
    } else if (m.state === "ended") {
      finished = true;
      var text = "Đã dừng phát trực tiếp (" + m.seconds + " giây).";
      if (m.kept) { text += " Bản ghi đã lưu thành tin bài số " + m.segment + "."; }
      say(text, "ok");
      var link = document.createElement("a");
      link.href = "/tin-bai/" + m.segment;
      link.textContent = " Xem tin bài";
      if (m.kept) { status.appendChild(link); }
      release();
    } else if (m.state === "error") {
      finished = true;
      say(m.message, "error");
      release();
    }
  }
  async function start() {
    if (!navigator.mediaDevices || !window.AudioWorkletNode) {
      say("Trình duyệt này không cho dùng micrô ở đây. Hãy mở bảng điều khiển qua HTTPS (hoặc trên chính máy đài) bằng Chrome, Cốc Cốc, Firefox hoặc Edge.", "error");
      return;
    }
    startBtn.disabled = true;
    finished = false;
    say("Đang xin quyền dùng micrô…", "warn");
    try {
      stream = await navigator.mediaDevices.getUserMedia({
        audio: { echoCancellation: true, noiseSuppression: true, autoGainControl: true }
      });
    } catch (e) {
      say("Không dùng được micrô (" + e.name + "). Hãy cho phép trang này dùng micrô rồi bấm lại.", "error");
      release();
      return;
    }
    ctx = new AudioContext({ latencyHint: "interactive" });
    await ctx.audioWorklet.addModule("/tep/mic-worklet.js");
    var source = ctx.createMediaStreamSource(stream);
    var node = new AudioWorkletNode(ctx, "mic-chunks");
    var mute = ctx.createGain();
    mute.gain.value = 0;
    source.connect(node).connect(mute).connect(ctx.destination);
    var scheme = location.protocol === "https:" ? "wss:" : "ws:";
    ws = new WebSocket(scheme + "//" + location.host + "/phat-truc-tiep/ws");
    ws.binaryType = "arraybuffer";
    ws.onopen = function () {
      var urgent = document.getElementById("live-urgent");
      ws.send(JSON.stringify({ start: { rate: ctx.sampleRate, urgent: !!(urgent && urgent.checked) } }));
      node.port.onmessage = function (ev) {
        if (ws && ws.readyState === 1) { ws.send(ev.data.pcm); }
        meter.firstChild.style.width = Math.round(ev.data.peak * 100) + "%";
        if (ev.data.peak > 0.1 && window.onLiveLoud) { window.onLiveLoud(Date.now()); }
      };
    };
    ws.onmessage = onMessage;
    ws.onclose = function () {
      if (!finished) {
        say("Mất kết nối với máy đài: buổi phát trực tiếp đã tự dừng. Hãy kiểm tra mạng rồi bấm lại.", "error");
        release();
      }
    };
    startBtn.hidden = true;
    stopBtn.hidden = false;
    meter.hidden = false;
  }
  startBtn.addEventListener("click", function () { start(); });
  stopBtn.addEventListener("click", function () {
    stopBtn.disabled = true;
    if (ws && ws.readyState === 1) { ws.send(JSON.stringify({ stop: true })); }
    if (stream) { stream.getTracks().forEach(function (t) { t.stop(); }); }
    say("Đang kết thúc (chuông kết thúc)…", "warn");
    setTimeout(function () { stopBtn.disabled = false; }, 500);
  });
})();
