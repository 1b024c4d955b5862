class Portfolio: pass
