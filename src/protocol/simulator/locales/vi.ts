// Vietnamese: the simulator's demo texts and the shop library's demo-visible texts (see ./index.ts).
import type { SimulatorLocalePack } from './types'

const pack: SimulatorLocalePack = {
  texts: {
    welcome: 'Xin chào, tôi là trợ lý Kefu Kit. Tôi có thể giúp gì cho bạn?', welcomeCardTitle: 'Có thể bạn muốn hỏi', clarifyTitle: 'Ý bạn là:',
    fallback: 'Xin lỗi, tôi chưa hiểu ý bạn. Hãy hỏi cách khác hoặc gửi "Gặp nhân viên" để nói chuyện với nhân viên.', transferring: 'Đang kết nối bạn với nhân viên, vui lòng chờ…',
    groupMenuHeader: 'Bạn muốn trao đổi với bộ phận nào?', sessionEnded: 'Cuộc trò chuyện đã kết thúc. Cảm ơn bạn đã liên hệ.', sessionTimeout: 'Bạn không phản hồi một lúc nên cuộc trò chuyện đã kết thúc.',
    alreadyQueued: 'Chúng tôi đang kết nối bạn với nhân viên. Vui lòng chờ.', ratingHead: 'Cảm ơn bạn đã liên hệ. Bạn thấy dịch vụ thế nào?', ratingTail: 'Cảm ơn bạn đã đánh giá. Chúc bạn một ngày tốt lành!',
    queue: 'Bạn đang ở vị trí thứ ${QueuePosition} trong hàng chờ, phía trước còn ${WaitNo} người. Vui lòng chờ.',
    transferSucceeded: 'Bạn đã được kết nối với $(StaffName).',
    transferFailed: 'Xin lỗi, hiện chưa có nhân viên nào rảnh. Vui lòng thử lại sau.',
    offHours: 'Nhân viên làm việc từ thứ Hai đến thứ Sáu, 9:00-18:00. Vui lòng liên hệ trong giờ làm việc.',
    timeoutWarning: 'Bạn chưa phản hồi một lúc. Cuộc trò chuyện sẽ kết thúc sau ${Seconds} giây.',
    ratingOptions: ['Rất không hài lòng', 'Không hài lòng', 'Bình thường', 'Hài lòng', 'Rất hài lòng'],
  },
  shop: {
    serviceName: 'Trợ lý cửa hàng',
    welcome: 'Xin chào, tôi là trợ lý của cửa hàng. Bạn có thể hỏi về đơn hàng, giao hàng, hoàn tiền, hóa đơn hoặc tài khoản.',
    questions: { 'order-status': 'Đơn hàng của tôi đang ở đâu', refund: 'Làm sao để được hoàn tiền', return: 'Làm sao để trả hàng', invoice: 'Làm sao để lấy hóa đơn', help: 'Trợ giúp' },
    answers: {
      refund: 'Cách yêu cầu hoàn tiền:\n\n1. Mở **Đơn hàng của tôi** và chọn đơn hàng\n2. Nhấn **Yêu cầu hoàn tiền**, chọn lý do và gửi\n\nSau khi được duyệt, tiền sẽ về phương thức thanh toán ban đầu trong *1–3 ngày làm việc* (thẻ tín dụng có thể mất đến 7 ngày).',
      return: 'Bạn có thể trả sản phẩm chưa sử dụng trong vòng 7 ngày kể từ khi nhận hàng. Mở đơn hàng, nhấn "Trả hàng" và làm theo hướng dẫn; chúng tôi chịu phí gửi trả cho hàng lỗi hoặc hư hỏng.',
      help: 'Tôi có thể giúp bạn:\n\n- **Đơn hàng**: theo dõi, đổi địa chỉ, hủy đơn\n- **Hậu mãi**: hoàn tiền, trả hàng, đổi hàng, bảo hành\n- **Hóa đơn và thanh toán**: hóa đơn, phương thức thanh toán, sự cố thanh toán\n- **Tài khoản**: đăng nhập, đổi thông tin\n\nHãy nhập câu hỏi của bạn, hoặc gửi "Gặp nhân viên" để nói chuyện với nhân viên.',
    },
    orderPrompt: 'Vui lòng gửi mã đơn hàng của bạn (ví dụ 20250115-0042)',
    order: {
      keywords: ['tra đơn hàng', 'theo dõi đơn hàng'],
      guide: 'Đây là đơn hàng của bạn:',
      name: 'Đơn hàng {orderNo}',
      desc: 'Tai nghe không dây chống ồn × 1',
      fields: [['Trạng thái:', 'Đang vận chuyển'], ['Đơn vị vận chuyển:', 'Giao Hàng Nhanh GHN1234567890'], ['Dự kiến:', 'trước 18:00 ngày mai']],
      header: 'Bạn cần hỗ trợ gì thêm về đơn này?',
      tail: 'Chọn một mục, hoặc nhập câu hỏi',
      address: ['Đổi địa chỉ', 'Đơn hàng {orderNo} đã được gửi đi; chúng tôi sẽ nhờ bên vận chuyển chuyển hướng và nhắn tin cho bạn.'],
      chase: ['Hối giao hàng', 'Chúng tôi đã nhắc bên vận chuyển giao đơn {orderNo} sớm hơn.'],
      agent: 'Gặp nhân viên',
    },
    invoice: {
      keywords: ['yêu cầu hóa đơn', 'xuất hóa đơn'],
      header: 'Bạn cần loại hóa đơn nào?',
      electronic: ['Hóa đơn điện tử', 'Gửi qua email trong 1–2 ngày làm việc'],
      special: ['Hóa đơn VAT', 'Nhân viên sẽ kiểm tra'],
      tip: 'Thông tin hóa đơn',
      title: ['Tên', 'Tên của bạn hoặc tên công ty'],
      taxNumber: ['Mã số thuế', 'Bắt buộc với hóa đơn công ty'],
      email: ['Email', 'Nơi nhận hóa đơn điện tử'],
      type: ['Loại', 'Cá nhân', 'Công ty'],
      done: 'Đã nhận yêu cầu hóa đơn: "{Tên}" ({Loại}). Hóa đơn điện tử sẽ được gửi đến {Email} trong 1–2 ngày làm việc.',
    },
    smallTalk: {
      hello: ['Xin chào', ['Chào bạn', 'Chào shop', 'Alo', 'Có ai không'], 'Xin chào! Tôi có thể giúp gì cho bạn?'],
      thanks: ['Cảm ơn', ['Cảm ơn bạn', 'Cảm ơn nhiều', 'Cám ơn'], 'Không có gì, rất vui được giúp bạn!'],
      bye: ['Tạm biệt', ['Bye', 'Hẹn gặp lại', 'Vậy thôi'], 'Tạm biệt, chúc bạn mua sắm vui vẻ!'],
      who: ['Bạn là ai', ['Bạn là bot à', 'Bạn là người thật không'], 'Tôi là trợ lý của cửa hàng, luôn sẵn sàng trả lời bạn.'],
    },
  },
  agent: { greeting: 'Xin chào, tôi là $(StaffName). Tôi có thể giúp gì cho bạn?', replies: ['Vâng, để tôi kiểm tra giúp bạn.', 'Tôi hiểu rồi. Bạn cần hỗ trợ gì thêm không?', 'Tôi đã ghi nhận. Bạn có thể kết thúc trò chuyện bất cứ lúc nào bằng nút phía trên.'] },
  groups: ['Tư vấn mua hàng', 'Hỗ trợ sau bán'],
}
export default pack
