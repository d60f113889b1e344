// A few lines of plain JavaScript: confirmations and the live «on air» box.
document.addEventListener("submit", function (ev) {
  var form = ev.target;
  var question = form.getAttribute("data-confirm");
  if (question && !window.confirm(question)) { ev.preventDefault(); }
});

// A text over the station's limit is stopped here, still in its box: sent, the server could
// only refuse it and the typed text would be gone. Sizes as the form will send them.
function sentBytes(form, text) {
  if (form.enctype === "multipart/form-data") {
    return new Blob([text.replace(/\r?\n/g, "\r\n")]).size;
  }
  return encodeURIComponent(text).length;
}
document.addEventListener("submit", function (ev) {
  var form = ev.target;
  if (ev.defaultPrevented) { return; }
  var boxes = form.querySelectorAll("textarea[data-max-bytes]");
  for (var i = 0; i < boxes.length; i++) {
    var box = boxes[i];
    var limit = Number(box.getAttribute("data-max-bytes"));
    var old = box.parentNode.querySelector(".too-long");
    if (old) { old.remove(); }
    if (box.closest("[hidden]") || sentBytes(form, box.value) <= limit) { continue; }
    ev.preventDefault();
    var note = document.createElement("p");
    note.className = "flash error too-long";
    note.setAttribute("role", "alert");
    note.textContent = "Văn bản quá dài để gửi (giới hạn " + Math.floor(limit / 1000000) +
      " MB). Văn bản vẫn còn trong ô: hãy chia thành nhiều tin bài, hoặc lưu thành tệp .txt hay .docx rồi gửi tệp.";
    box.insertAdjacentElement("afterend", note);
    box.focus();
    return;
  }
});

// Long actions: the button is disabled and says what is going on; a file being sent shows
// how much has gone. (Listens after the confirmation above, so a refused one stays usable.)
var BUSY = [
  [/\/tao-am-thanh$/, "Đang tạo âm thanh… (thường 5–20 giây)"],
  [/^\/phat-ngay$/, "Đang phát… trang chờ đến khi phát xong"],
  [/^\/bao-cao$/, "Đang lập báo cáo…"],
  [/^\/lich-phat\/nap$/, "Đang nạp…"]
];
function busyText(form) {
  var path = new URL(form.action, location.href).pathname;
  for (var i = 0; i < BUSY.length; i++) {
    if (BUSY[i][0].test(path)) { return BUSY[i][1]; }
  }
  return form.getAttribute("data-busy") || "Đang xử lý…";
}
function chosenFile(form) {
  var inputs = form.querySelectorAll("input[type=file]");
  for (var i = 0; i < inputs.length; i++) {
    var box = inputs[i].closest("[data-source]");
    if (inputs[i].files.length && !(box && box.hidden)) { return true; }
  }
  return false;
}
function showBusy(form, button) {
  var label = busyText(form);
  form.querySelectorAll("button").forEach(function (b) { b.disabled = true; });
  if (button) {
    button.setAttribute("data-label", button.textContent);
    button.textContent = label;
  }
  var bar = document.createElement("progress");
  bar.className = "progress busy";
  bar.setAttribute("aria-label", label);
  (button || form).insertAdjacentElement(button ? "afterend" : "beforeend", bar);
  return bar;
}
function sendWithProgress(form, button, bar) {
  var data = new FormData(form);
  if (button && button.name) { data.append(button.name, button.value); }
  var xhr = new XMLHttpRequest();
  xhr.open("POST", form.action);
  xhr.upload.onprogress = function (e) {
    if (e.lengthComputable) {
      bar.max = e.total;
      bar.value = e.loaded;
      if (button) { button.textContent = "Đang gửi tệp… " + Math.round(100 * e.loaded / e.total) + "%"; }
    }
  };
  xhr.upload.onload = function () {
    bar.removeAttribute("value");
    if (button) { button.textContent = "Đã gửi xong, đang xử lý…"; }
  };
  xhr.onload = function () {
    history.replaceState(null, "", xhr.responseURL || form.action);
    document.open();
    document.write(xhr.responseText);
    document.close();
  };
  xhr.onerror = function () {
    bar.remove();
    form.querySelectorAll("button").forEach(function (b) { b.disabled = false; });
    if (button) { button.textContent = button.getAttribute("data-label"); }
    window.alert("Không gửi được tệp: mất kết nối với máy đài. Hãy kiểm tra mạng rồi thử lại.");
  };
  xhr.send(data);
}
document.addEventListener("submit", function (ev) {
  var form = ev.target;
  if (ev.defaultPrevented || form.classList.contains("inline") && form.action.endsWith("/dang-xuat")) { return; }
  var button = ev.submitter || form.querySelector("button");
  if (form.method.toLowerCase() === "post" && form.enctype === "multipart/form-data" && chosenFile(form)) {
    ev.preventDefault();
    sendWithProgress(form, button, showBusy(form, button));
    return;
  }
  // Disabled only after the browser has taken the button's name and value for the request.
  setTimeout(function () { showBusy(form, button); }, 0);
});
window.addEventListener("pageshow", function (ev) {
  if (!ev.persisted) { return; }  // back to a page left while busy: usable again
  document.querySelectorAll("progress.busy").forEach(function (bar) { bar.remove(); });
  document.querySelectorAll("button[data-label]").forEach(function (b) {
    b.disabled = false;
    b.textContent = b.getAttribute("data-label");
  });
});

function refreshLive() {
  var box = document.getElementById("live");
  if (!box) { return; }
  fetch("/truc-tiep", { credentials: "same-origin" })
    .then(function (r) { return r.ok ? r.text() : null; })
    .then(function (html) { if (html !== null) { box.innerHTML = html; } })
    .catch(function () {});
}
if (document.getElementById("live")) { setInterval(refreshLive, 2000); }

// Show only the input of the chosen content source (all stay visible without JavaScript).
function showSource() {
  var picked = document.querySelector("input[name=source]:checked");
  if (!picked) { return; }
  document.querySelectorAll("[data-source]").forEach(function (box) {
    box.hidden = box.getAttribute("data-source") !== picked.value;
  });
}
document.addEventListener("change", function (ev) {
  if (ev.target.name === "source") { showSource(); }
});
document.addEventListener("DOMContentLoaded", showSource);

// The repeat fields only matter for a khẩn cấp segment.
function showRepeat() {
  var level = document.querySelector("select[name=level]");
  var box = document.querySelector("[data-level=khan-cap]");
  if (level && box) { box.hidden = level.value !== "khan-cap"; }
}
document.addEventListener("change", function (ev) {
  if (ev.target.name === "level") { showRepeat(); }
});
document.addEventListener("DOMContentLoaded", showRepeat);

// «Nghe đài»: the station's own output, streamed by the console, in the header's <audio>.
function listenNote(text) {
  var note = document.querySelector(".listen-note");
  if (!note) { return; }
  note.textContent = text;
  note.hidden = !text;
}
function setListening(on) {
  document.querySelectorAll(".listen-toggle").forEach(function (b) {
    b.setAttribute("aria-pressed", on ? "true" : "false");
    b.textContent = on ? "■ Tắt nghe đài" : "▶ Nghe đài";
  });
}
function toggleListen(button) {
  var audio = document.getElementById("listen-audio");
  if (!audio) { return; }
  if (!audio.paused || audio.getAttribute("src")) {
    audio.pause();
    audio.removeAttribute("src");
    audio.load();
    setListening(false);
    listenNote("");
    return;
  }
  audio.src = button.getAttribute("data-listen") + "?t=" + Date.now();
  setListening(true);
  listenNote("Đang kết nối…");
  audio.play().then(function () { listenNote(""); }).catch(function () {
    setListening(false);
    audio.removeAttribute("src");
    listenNote("Chưa nghe được: phần mềm phát không chạy?");
  });
}
document.addEventListener("click", function (ev) {
  var button = ev.target.closest && ev.target.closest(".listen-toggle");
  if (button) { toggleListen(button); }
});
// A live stream falls behind when the network stalls: catch up to stay near the loudspeakers.
setInterval(function () {
  var audio = document.getElementById("listen-audio");
  if (!audio || audio.paused || !audio.buffered.length) { return; }
  var end = audio.buffered.end(audio.buffered.length - 1);
  if (end - audio.currentTime > 2.0) { audio.currentTime = end - 0.3; }
}, 1000);

// The segment form: a chosen script file (or pasted text) proposes its title, which the
// operator can still change; a title they typed themselves is never replaced.
function typedTitle(title) {
  return title.value.trim() && title.getAttribute("data-suggested") !== title.value;
}
function suggestTitle(form, withFile) {
  var title = form.querySelector("input[name=title]");
  if (!title || typedTitle(title)) { return; }
  var data = new FormData();
  data.append("csrf", form.getAttribute("data-csrf") || "");
  var file = form.querySelector("input[name=script_file]");
  if (withFile && file && file.files.length) {
    data.append("script_file", file.files[0]);
  } else {
    var text = form.querySelector("textarea[name=text]");
    if (!text || !text.value.trim()) { return; }
    data.append("text", text.value);
  }
  fetch("/tin-bai/tieu-de", { method: "POST", body: data, credentials: "same-origin" })
    .then(function (r) { return r.ok ? r.json() : null; })
    .then(function (found) {
      if (!found || !found.title || typedTitle(title)) { return; }
      title.value = found.title;
      title.setAttribute("data-suggested", found.title);
      var hint = document.getElementById("title-hint");
      if (hint) { hint.hidden = false; }
    })
    .catch(function () {});
}
document.addEventListener("change", function (ev) {
  var form = ev.target.form;
  if (!form || !form.hasAttribute("data-csrf")) { return; }
  if (ev.target.name === "script_file") { suggestTitle(form, true); }
  if (ev.target.name === "text") { suggestTitle(form, false); }
});

// Tables become stacked rows on a phone (style.css): each cell is labelled by its column.
function stackTables() {
  document.querySelectorAll("table:not(.week)").forEach(function (table) {
    var head = table.querySelector("tr");
    if (!head || !head.querySelector("th")) { return; }
    var names = Array.prototype.map.call(head.children, function (c) { return c.textContent.trim(); });
    head.classList.add("head");
    table.classList.add("stack");
    table.querySelectorAll("tr").forEach(function (row) {
      if (row === head) { return; }
      Array.prototype.forEach.call(row.children, function (cell, i) {
        if (cell.tagName === "TD" && names[i] && !cell.hasAttribute("colspan")) {
          cell.setAttribute("data-label", names[i]);
        }
      });
    });
  });
}
document.addEventListener("DOMContentLoaded", stackTables);

// The stream stops when the daemon stops or restarts: say so, and offer to listen again.
(function () {
  var audio = document.getElementById("listen-audio");
  if (!audio) { return; }
  function lost() {
    if (!audio.getAttribute("src")) { return; }
    audio.removeAttribute("src");
    setListening(false);
    listenNote("Mất tín hiệu đài (phần mềm phát dừng?). Bấm «Nghe đài» để nghe lại.");
  }
  audio.addEventListener("ended", lost);
  audio.addEventListener("error", lost);
})();

// A report file is made when asked (a few seconds for Word): the link says so meanwhile,
// then the browser saves the file as usual.
function savedName(reply, href) {
  var header = reply.headers.get("content-disposition") || "";
  var star = /filename\*=utf-8''([^;]+)/i.exec(header);
  if (star) { return decodeURIComponent(star[1]); }
  var plain = /filename="?([^";]+)"?/i.exec(header);
  return plain ? plain[1] : href.split("/").pop();
}
document.addEventListener("click", function (ev) {
  var link = ev.target.closest && ev.target.closest("a[download][href^='/bao-cao/tai/']");
  if (!link || link.getAttribute("aria-busy") === "true" || !window.fetch) { return; }
  ev.preventDefault();
  var label = link.textContent;
  link.setAttribute("aria-busy", "true");
  link.textContent = "Đang lập tệp…";
  fetch(link.href, { credentials: "same-origin" })
    .then(function (reply) {
      if (!reply.ok) { throw new Error(String(reply.status)); }
      return reply.blob().then(function (blob) { return [blob, savedName(reply, link.href)]; });
    })
    .then(function (got) {
      var save = document.createElement("a");
      save.href = URL.createObjectURL(got[0]);
      save.download = got[1];
      document.body.appendChild(save);
      save.click();
      setTimeout(function () { URL.revokeObjectURL(save.href); save.remove(); }, 10000);
    })
    .catch(function () { window.location.href = link.href; })
    .finally(function () {
      link.textContent = label;
      link.removeAttribute("aria-busy");
    });
});
