// Spanish: the simulator's demo texts and the shop library's demo-visible texts (see ./index.ts).
import type { SimulatorLocalePack } from './types'

const pack: SimulatorLocalePack = {
  texts: {
    welcome: 'Hola, soy el asistente de Kefu Kit. ¿En qué puedo ayudarte?', welcomeCardTitle: 'Quizá quieras preguntar', clarifyTitle: '¿Quisiste decir:',
    fallback: 'Perdona, no lo he entendido. Pregunta de otra forma o envía «Atención humana» para hablar con un agente.', transferring: 'Te estamos conectando con un agente, un momento…',
    groupMenuHeader: '¿Con qué equipo quieres hablar?', sessionEnded: 'La conversación ha terminado. Gracias por contactarnos.', sessionTimeout: 'No recibimos respuesta en un rato, así que la conversación terminó.',
    alreadyQueued: 'Ya te estamos conectando con un agente. Espera, por favor.', ratingHead: 'Gracias por contactarnos. ¿Qué tal fue la atención?', ratingTail: 'Gracias por tu valoración. ¡Que tengas un buen día!',
    queue: 'Estás en el puesto ${QueuePosition} de la cola, con ${WaitNo} por delante. Espera, por favor.',
    transferSucceeded: 'Ya estás hablando con $(StaffName).',
    transferFailed: 'Lo sentimos, ahora no hay ningún agente disponible. Inténtalo más tarde.',
    offHours: 'Nuestros agentes atienden de lunes a viernes, de 9:00 a 18:00. Escríbenos en ese horario.',
    timeoutWarning: 'Hace un rato que no recibimos respuesta. La conversación se cerrará en ${Seconds} segundos.',
    ratingOptions: ['Muy insatisfecho', 'Insatisfecho', 'Normal', 'Satisfecho', 'Muy satisfecho'],
  },
  shop: {
    serviceName: 'Asistente de la tienda',
    welcome: 'Hola, soy el asistente de la tienda. Pregúntame por pedidos, envíos, reembolsos, facturas o tu cuenta.',
    questions: { 'order-status': '¿Dónde está mi pedido?', refund: '¿Cómo solicito un reembolso?', return: '¿Cómo devuelvo un artículo?', invoice: '¿Cómo obtengo una factura?', help: 'Ayuda' },
    answers: {
      refund: 'Para solicitar un reembolso:\n\n1. Abre **Mis pedidos** y busca el pedido\n2. Pulsa **Solicitar reembolso**, elige un motivo y envía\n\nUna vez aprobado, el dinero vuelve a tu método de pago original en *1–3 días hábiles* (las tarjetas de crédito pueden tardar hasta 7).',
      return: 'Puedes devolver artículos sin usar en los 7 días siguientes a la entrega. Abre el pedido, pulsa "Devolver artículo" y sigue los pasos; pagamos el envío de devolución de los artículos defectuosos o dañados.',
      help: 'Puedo ayudarte con:\n\n- **Pedidos**: seguimiento, cambio de dirección, cancelación\n- **Posventa**: reembolsos, devoluciones, cambios, garantía\n- **Facturas y pagos**: facturas, métodos de pago, problemas de pago\n- **Cuenta**: inicio de sesión, cambio de datos\n\nEscribe tu pregunta o envía "Hablar con un agente" para hablar con una persona.',
    },
    orderPrompt: 'Envíanos tu número de pedido (por ejemplo 20250115-0042)',
    order: {
      keywords: ['seguir pedido', 'estado del pedido'],
      guide: 'Este es tu pedido:',
      name: 'Pedido {orderNo}',
      desc: 'Auriculares inalámbricos con cancelación de ruido × 1',
      fields: [['Estado:', 'En tránsito'], ['Transportista:', 'SEUR 1234567890'], ['Entrega prevista:', 'mañana antes de las 18:00']],
      header: '¿Necesitas algo más sobre este pedido?',
      tail: 'Elige una opción o escribe tu pregunta',
      address: ['Cambiar la dirección', 'El pedido {orderNo} ya salió; pediremos al transportista que lo redirija y te avisaremos por SMS.'],
      chase: ['Reclamar al transportista', 'Hemos pedido al transportista que agilice el pedido {orderNo}.'],
      agent: 'Hablar con un agente',
    },
    invoice: {
      keywords: ['pedir factura', 'solicitar factura'],
      header: '¿Qué factura necesitas?',
      electronic: ['Factura electrónica', 'Por correo en 1–2 días hábiles'],
      special: ['Factura completa', 'La revisa un agente'],
      tip: 'Datos de facturación',
      title: ['Nombre', 'Tu nombre o el de la empresa'],
      taxNumber: ['NIF', 'Obligatorio para empresas'],
      email: ['Correo', 'Dónde enviar la factura'],
      type: ['Tipo', 'Particular', 'Empresa'],
      done: 'Hemos recibido tu solicitud de factura: «{Nombre}» ({Tipo}). La factura electrónica llegará a {Correo} en 1–2 días hábiles.',
    },
    smallTalk: {
      hello: ['Hola', ['Buenos días', 'Buenas tardes', 'Buenas', '¿Hay alguien?'], '¡Hola! ¿En qué puedo ayudarte?'],
      thanks: ['Gracias', ['Muchas gracias', 'Mil gracias', 'Te lo agradezco'], '¡De nada, encantado de ayudar!'],
      bye: ['Adiós', ['Hasta luego', 'Chao', 'Eso es todo'], '¡Hasta pronto y felices compras!'],
      who: ['¿Quién eres?', ['¿Eres un bot?', '¿Eres un robot?'], 'Soy el asistente de la tienda y estoy aquí para responder tus preguntas.'],
    },
  },
  agent: { greeting: 'Hola, soy $(StaffName). ¿En qué puedo ayudarte hoy?', replies: ['Gracias, déjame comprobarlo.', 'Entendido. ¿Puedo ayudarte con algo más?', 'Lo he anotado. Puedes terminar la conversación cuando quieras con el botón de arriba.'] },
  groups: ['Preventa', 'Posventa'],
}
export default pack
