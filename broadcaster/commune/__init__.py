"""One merged commune: zones (vùng phát), sites (điểm phát) and loudspeaker clusters.

A station that never names a zone has one implicit zone fed by its ``output`` setting and
one implicit site (plain ``broadcaster run``); every zone column is then NULL. This
package holds the registry (``registry``) and the pure targeting rules (``targeting``);
the site daemon that airs several zones lives in ``broadcaster.playout.sites``.
"""
