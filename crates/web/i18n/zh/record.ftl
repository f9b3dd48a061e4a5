# Agora — 中文目录：公共记录。
record-title = 公共记录
record-intro = 本论坛的每一项公开变更——注册人数、组织、周期、提案、筛选、决定——都会追加到一个日志中，该日志被哈希为默克尔树（RFC 9162，与证书透明度相同）并签名。任何人都可以核查事后没有任何条目被修改、删除或重新排序。
record-head = 最新签名的树头
record-size = 条目
record-root = 根哈希
record-signed-at = 签名时间
record-signature = 签名（ed25519）
record-no-head = 尚未签署任何树头。
record-public-key = 论坛公钥
record-verify = 亲自核查
record-verify-how = agora 程序会核验签名，根据每个条目重新计算树，指出任何不匹配的条目，并在保存状态后核查自您上次核查以来日志只增不改：
record-recent = 最新条目
record-when = 时间
record-what = 内容
