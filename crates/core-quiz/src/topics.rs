//! The standard topics. Every bank may use them without declaring them, so a school's own bank
//! can stay short; a bank can still add topics or rename these (see `Bank::topics`).

/// `(id, English name, Vietnamese name)`, in the order results are listed.
pub const STANDARD_TOPICS: &[(&str, &str, &str)] = &[
    ("authority-impersonation", "Fake police, Procuracy or court", "Giả danh công an, viện kiểm sát, tòa án"),
    ("bank-otp", "Bank accounts and OTP codes", "Tài khoản ngân hàng và mã OTP"),
    ("fake-apps", "Fake apps", "Ứng dụng giả mạo"),
    ("phishing-links", "Phishing messages and links", "Tin nhắn, đường link giả mạo"),
    ("task-jobs", "\"Easy job, high pay\" task scams", "Lừa đảo \"việc nhẹ lương cao\""),
    ("investment-crypto", "Investment and crypto scams", "Lừa đảo đầu tư, tiền mã hóa"),
    ("romance", "Romance scams", "Lừa đảo tình cảm"),
    ("online-shopping", "Online shopping scams", "Lừa đảo mua sắm trực tuyến"),
    ("deepfake", "Deepfake video and voice calls", "Cuộc gọi video, giọng nói giả (deepfake)"),
    ("money-recovery", "\"Recover your lost money\" scams", "Lừa đảo \"lấy lại tiền đã mất\""),
    ("after-scam", "What to do after a scam", "Cần làm gì khi đã bị lừa"),
];
