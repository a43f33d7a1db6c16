// Brazilian Portuguese: the simulator's demo texts and the shop library's demo-visible texts (see ./index.ts).
import type { SimulatorLocalePack } from './types'

const pack: SimulatorLocalePack = {
  texts: {
    welcome: 'Olá, sou o assistente do Kefu Kit. Como posso ajudar?', welcomeCardTitle: 'Talvez você queira perguntar', clarifyTitle: 'Você quis dizer:',
    fallback: 'Desculpe, não entendi. Pergunte de outro jeito ou envie "Atendimento humano" para falar com um atendente.', transferring: 'Conectando você a um atendente, um momento…',
    groupMenuHeader: 'Com qual equipe você quer falar?', sessionEnded: 'A conversa foi encerrada. Obrigado pelo contato.', sessionTimeout: 'Não tivemos resposta por um tempo, então a conversa foi encerrada.',
    alreadyQueued: 'Já estamos conectando você a um atendente. Aguarde, por favor.', ratingHead: 'Obrigado pelo contato. Como foi o atendimento?', ratingTail: 'Obrigado pela avaliação. Tenha um ótimo dia!',
    queue: 'Você é o número ${QueuePosition} na fila, com ${WaitNo} à sua frente. Aguarde, por favor.',
    transferSucceeded: 'Agora você está falando com $(StaffName).',
    transferFailed: 'Desculpe, nenhum atendente está disponível agora. Tente novamente mais tarde.',
    offHours: 'Nossos atendentes trabalham de segunda a sexta, das 9h às 18h. Fale conosco nesse horário.',
    timeoutWarning: 'Faz um tempo que não recebemos resposta. A conversa será encerrada em ${Seconds} segundos.',
    ratingOptions: ['Muito insatisfeito', 'Insatisfeito', 'Regular', 'Satisfeito', 'Muito satisfeito'],
  },
  shop: {
    serviceName: 'Assistente da loja',
    welcome: 'Olá, sou o assistente da loja. Pergunte sobre pedidos, entrega, reembolsos, notas fiscais ou sua conta.',
    questions: { 'order-status': 'Onde está meu pedido?', refund: 'Como peço um reembolso?', return: 'Como devolvo um produto?', invoice: 'Como obtenho a nota fiscal?', help: 'Ajuda' },
    answers: {
      refund: 'Para pedir um reembolso:\n\n1. Abra **Meus pedidos** e encontre o pedido\n2. Toque em **Pedir reembolso**, escolha o motivo e envie\n\nDepois de aprovado, o valor volta para a forma de pagamento original em *1–3 dias úteis* (cartão de crédito pode levar até 7).',
      return: 'Você pode devolver produtos sem uso em até 7 dias após a entrega. Abra o pedido, toque em "Devolver produto" e siga os passos; pagamos o frete de devolução de produtos com defeito ou danificados.',
      help: 'Posso ajudar com:\n\n- **Pedidos**: rastreio, mudança de endereço, cancelamento\n- **Pós-venda**: reembolsos, devoluções, trocas, garantia\n- **Notas fiscais e pagamento**: notas fiscais, formas de pagamento, problemas de pagamento\n- **Conta**: login, alteração de dados\n\nDigite sua pergunta ou envie "Falar com atendente" para falar com uma pessoa.',
    },
    orderPrompt: 'Envie o número do seu pedido (por exemplo 20250115-0042)',
    order: {
      keywords: ['rastrear pedido', 'status do pedido'],
      guide: 'Aqui está seu pedido:',
      name: 'Pedido {orderNo}',
      desc: 'Fone sem fio com cancelamento de ruído × 1',
      fields: [['Status:', 'Em trânsito'], ['Transportadora:', 'Correios BR123456789BR'], ['Previsão:', 'amanhã até as 18h']],
      header: 'Precisa de mais alguma coisa sobre este pedido?',
      tail: 'Escolha uma opção ou digite sua pergunta',
      address: ['Mudar o endereço', 'O pedido {orderNo} já saiu; vamos pedir à transportadora que o redirecione e avisaremos por SMS.'],
      chase: ['Cobrar a transportadora', 'Pedimos à transportadora que agilize o pedido {orderNo}.'],
      agent: 'Falar com atendente',
    },
    invoice: {
      keywords: ['pedir nota fiscal', 'emitir nota fiscal'],
      header: 'Qual nota fiscal você precisa?',
      electronic: ['Nota fiscal eletrônica', 'Por e-mail em 1–2 dias úteis'],
      special: ['Nota para empresa', 'Conferida por um atendente'],
      tip: 'Dados da nota',
      title: ['Nome', 'Seu nome ou o da empresa'],
      taxNumber: ['CPF ou CNPJ', 'CNPJ obrigatório para empresa'],
      email: ['E-mail', 'Para onde enviar a nota'],
      type: ['Tipo', 'Pessoa física', 'Empresa'],
      done: 'Recebemos seu pedido de nota fiscal: "{Nome}" ({Tipo}). A nota eletrônica chega em {E-mail} em 1–2 dias úteis.',
    },
    smallTalk: {
      hello: ['Olá', ['Oi', 'Bom dia', 'Boa tarde', 'Tem alguém aí?'], 'Olá! Como posso ajudar?'],
      thanks: ['Obrigado', ['Obrigada', 'Muito obrigado', 'Valeu'], 'De nada, fico feliz em ajudar!'],
      bye: ['Tchau', ['Até logo', 'Até mais', 'É só isso'], 'Até logo e boas compras!'],
      who: ['Quem é você?', ['Você é um robô?', 'É um bot?'], 'Sou o assistente da loja, pronto para responder suas dúvidas.'],
    },
  },
  agent: { greeting: 'Olá, aqui é $(StaffName). Como posso ajudar hoje?', replies: ['Obrigado, vou verificar para você.', 'Entendi. Posso ajudar com mais alguma coisa?', 'Anotado. Você pode encerrar a conversa a qualquer momento pelo botão acima.'] },
  groups: ['Pré-venda', 'Pós-venda'],
}
export default pack
